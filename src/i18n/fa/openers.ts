import type { Formatter } from '../format';
import type { OpenersMessages } from '../en/openers';

export function openers(_f: Formatter): OpenersMessages {
  return {
    edit: 'ویرایش',
    editCopy: 'ویرایش یک رونوشت',
    present: 'ارائه',
    embed: 'جاسازی',
    draft: 'پیش‌نویس از یک مقاله…',
  };
}
