import type { Formatter } from '../format';
import type { PresenterPreviewMessages } from '../en/presenter-preview';

export function presenterPreview(_f: Formatter): PresenterPreviewMessages {
  return {
    title: 'صفحهٔ حاضران',
    blank: 'خالی: حاضران صفحه‌ای خالی می‌بینند',
  };
}
