import type { LibraryError } from '../../library/library-errors';
import { iso } from './isolate';
import type { Formatter } from '../format';
import type { LibraryMessages } from '../en/library';

export function library(_f: Formatter): LibraryMessages {
  return {
    error: (error: LibraryError) => {
      switch (error.kind) {
        case 'unavailable':
          return 'این مرورگر نمی‌گذارد Dateline داستان‌ها را نگه دارد (پنجرهٔ خصوصی، یا داده‌های سایت خاموش است).';
        case 'full':
          return 'در فضای ذخیره‌سازی این مرورگر جایی برای داستان‌های Dateline نمانده است.';
        case 'failed':
          return error.detail === undefined
            ? 'مرورگر نتوانست داستان را نگه دارد.'
            : `مرورگر نتوانست داستان را نگه دارد. (${iso(error.detail)})`;
        case 'missing':
          return `داستانی به نام «${iso(error.story)}» در این مرورگر نگه داشته نشده است.`;
        case 'not-json':
          return `پروندهٔ نگه‌داشتهٔ «${iso(error.title)}» یک شیء JSON نیست.`;
      }
    },
  };
}
