import { iso } from './isolate';
import type { Formatter } from '../format';
import type { StartMessages } from '../en/start';

export function start(f: Formatter): StartMessages {
  return {
    title: 'داستان‌های شما',
    intro:
      'یک پروندهٔ داستان Dateline، یا پرونده‌ای از TimelineJS، StoryMapJS، GeoJSON یا CSV را برای وارد کردن باز کنید. هر داستانی که باز کنید تا وقتی آن را پاک نکنید در این مرورگر نگه داشته می‌شود.',
    openFile: 'باز کردن پروندهٔ داستان…',
    dropHint: 'یا پرونده را در هر جای این صفحه رها کنید (تا ۳۰ مگابایت)',
    kept: 'نگه‌داشته در این مرورگر',
    shipped: 'داستان‌های همراه Dateline',
    events: (n) => `${f.number(n)} رویداد`,
    reading: 'در حال خواندن داستان‌های شما…',
    listFailed:
      'داستان‌هایی که باز می‌کنید تا بستن زبانه باز می‌مانند؛ برای نگه داشتن، آن‌ها را به JSON خروجی بگیرید.',
    empty:
      'هنوز داستانی نگه داشته نشده است. پروندهٔ داستانی را باز کنید تا وقتی پاکش نکرده‌اید اینجا بماند.',
    fromFile: (name) => ` · از ${name}`,
    openedOn: (day) => ` · باز شده در ${day}`,
    rename: 'تغییر نام',
    renameStory: (title) => `تغییر نام «${iso(title)}»`,
    exportJson: 'خروجی JSON',
    exportStory: (title) => `خروجی JSON از «${iso(title)}»`,
    duplicate: 'رونوشت',
    duplicateStory: (title) => `رونوشت از «${iso(title)}»`,
    delete: 'پاک کردن',
    deleteStory: (title) => `پاک کردن «${iso(title)}»`,
    deleted: (title) => `«${iso(title)}» پاک شد.`,
    undo: 'واگرد',
    dismiss: 'بستن',
    renameTitle: 'تغییر نام داستان',
    titleLabel: 'عنوان',
    needsTitle: 'داستان به عنوان نیاز دارد.',
    titleTooLong: (max) => `عنوان حداکثر ${f.number(max)} نویسه است.`,
  };
}
