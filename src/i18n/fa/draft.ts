import { iso } from './isolate';
import type { Formatter } from '../format';
import type { DraftMessages } from '../en/draft';

export function draft(f: Formatter): DraftMessages {
  const chars = (n: number) => f.plural(n, { other: '# نویسه' });
  return {
    title: 'پیش‌نویس یک روایت از یک مقاله',
    intro:
      'متن مقاله را بچسبانید، یا یک فایل متنی یا صفحهٔ وب ذخیره‌شده را برگزینید. پیش‌نویس در همین مرورگر ساخته می‌شود: چیزی به جایی فرستاده نمی‌شود و هیچ چیزی از صفحه اجرا نمی‌شود.',
    textLabel: 'متن مقاله',
    fileButton: 'برگزیدن فایل ‎.txt‎ یا ‎.html‎…',
    fileRead: (name, n) => `«${iso(name)}» خوانده شد: ${chars(n)}.`,
    fileTooLarge: (name, mb, limit) =>
      `«${iso(name)}» ${mb} مگابایت است؛ فایل‌های بزرگ‌تر از ${f.number(limit)} مگابایت خوانده نمی‌شوند.`,
    fileUnreadable: (name, reason) => `«${iso(name)}» خوانده نشد: ${reason}`,
    fileKind: (name) =>
      `«${iso(name)}» نه فایل متنی (‎.txt‎) است و نه صفحهٔ وب ذخیره‌شده (‎.html‎).`,
    pageCapped: (limit) =>
      `صفحه بدون اسکریپت‌ها و سبک‌هایش بزرگ‌تر از ${f.number(limit)} مگابایت است؛ تنها ${f.number(limit)} مگابایت نخست آن خوانده شد.`,
    textCapped: (length, limit) =>
      `متن ${chars(length)} است؛ تنها ${f.number(limit)} نویسهٔ نخست پیش‌نویس می‌شود.`,
    publishedLabel: 'تاریخ انتشار',
    publishedFromPage: (date) => `از صفحه: ${date}.`,
    publishedFromDateLine: (written, updated) =>
      updated
        ? `از سطر «به‌روزرسانی» مقاله: «${iso(written)}». بررسی کنید: شاید مقاله قدیمی‌تر باشد.`
        : `از سطر تاریخ مقاله: «${iso(written)}». آن را بررسی کنید.`,
    publishedUnknown:
      'اگر خالی بماند، نامعلوم است: تاریخ‌هایی که از آن شمرده می‌شوند («سه‌شنبه») بی‌تاریخ می‌مانند.',
    languageLabel: 'زبان مقاله',
    languageOther: 'زبانی دیگر',
    languageNote:
      'پیش‌نویس تنها برای متن انگلیسی در دسترس است: در زبان‌های دیگر تاریخ‌ها و مکان‌های اندکی پیدا می‌شوند یا هیچ.',
    submit: 'ساختن پیش‌نویس',
    emptyText: 'متنی برای پیش‌نویس نیست: مقاله را بچسبانید یا فایلی برگزینید.',
    running: 'در حال ساختن پیش‌نویس…',
    step: (step) =>
      ({
        reading: 'در حال خواندن صفحه…',
        gazetteer: 'در حال بارگذاری نام مکان‌ها…',
        sentences: 'در حال خواندن جمله‌ها…',
        dates: 'در حال یافتن تاریخ‌ها…',
        places: 'در حال یافتن مکان‌ها…',
        events: 'در حال نوشتن رویدادها…',
        done: 'در حال باز کردن پیش‌نویس…',
      })[step] ?? 'در حال ساختن پیش‌نویس…',
    progressLabel: 'پیشرفت پیش‌نویس',
    cancelled: 'پیش‌نویس لغو شد.',
    failed: (reason) => `پیش‌نویس ناکام ماند: ${reason}`,
    noEvents: 'از این متن هیچ رویدادی به دست نیامد.',
    notAStory: 'پیش‌نویس روایت معتبری نیست:',
    drafted: (events, n, seconds) =>
      `${f.plural(events, { other: '# رویداد' })} از ${chars(n)} در ${f.number(Math.round(seconds * 10) / 10)} ثانیه.`,
    notesHeadline: 'پیش‌نویس از مقاله: هر رویداد حدس است تا وقتی که شما آن را تأیید کنید',
    guessCount: (count) => f.plural(count, { other: '# رویداد حدس است' }),
  };
}
