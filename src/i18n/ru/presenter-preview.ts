import type { Formatter } from '../format';
import type { PresenterPreviewMessages } from '../en/presenter-preview';

export function presenterPreview(_f: Formatter): PresenterPreviewMessages {
  return {
    title: 'Экран зрителей',
    blank: 'Пусто: зрители видят пустой экран',
  };
}
