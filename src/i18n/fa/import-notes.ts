/** آنچه وارد کردن فایل یک ابزار دیگر کنار گذاشت یا حدس زد، به فارسی، با جای آن در فایل. */
import { iso } from './isolate';
import type { Formatter } from '../format';
import { LISTED_PARTS, type ImportNotesMessages } from '../en/import-notes';
import type { FieldRole } from '../../import/import-file';
import type {
  CsvErrorCode,
  DateUnit,
  ImportNote,
  LeftOutReason,
  NoteReason,
  PartName,
} from '../../import/import-notes';

const PARTS: Readonly<Record<PartName, { one: string; other: string }>> = {
  event: { one: 'رویداد', other: 'رویدادهای' },
  slide: { one: 'اسلاید', other: 'اسلایدهای' },
  row: { one: 'سطر', other: 'سطرهای' },
  feature: { one: 'عارضه', other: 'عارضه‌های' },
};

const ROLES: Readonly<Record<FieldRole, string>> = {
  time: 'زمان',
  end: 'پایان',
  title: 'عنوان',
  text: 'متن',
  latitude: 'عرض جغرافیایی',
  longitude: 'طول جغرافیایی',
  place: 'مکان',
};

const UNITS: Readonly<Record<DateUnit, string>> = {
  year: 'سال',
  month: 'ماه',
  day: 'روز',
  hour: 'ساعت',
  minute: 'دقیقه',
};

const CSV_ERRORS: Readonly<Record<CsvErrorCode, string>> = {
  MissingQuotes: 'خانه‌ای که در گیومه است بسته نشده',
  UndetectableDelimiter: 'جداکننده شناخته نشد؛ ویرگول فرض شد',
  TooFewFields: 'خانه‌ها کمتر از ستون‌هاست',
  TooManyFields: 'خانه‌ها بیشتر از ستون‌هاست',
  InvalidQuotes: 'گیومهٔ درون خانهٔ گیومه‌دار دوتایی نشده',
  other: 'درست خوانده نشد',
};

const TOOLS = { timeline: 'TimelineJS', storymap: 'StoryMapJS' } as const;

export function importNotes(f: Formatter): ImportNotesMessages {
  const n = f.number;
  const plain = (value: number) =>
    new Intl.NumberFormat(f.locale, { useGrouping: false }).format(value);

  const leftOut = (why: LeftOutReason): string => {
    switch (why.code) {
      case 'part-not-number':
        return `${UNITS[why.unit]} «${iso(why.value)}» عدد نیست`;
      case 'no-year':
        return 'سال ندارد';
      case 'year-range':
        return `سالی بیرون از ${plain(why.first)} تا ${plain(why.last)} (سال‌های پیش از میلاد نمایش داده نمی‌شوند)`;
      case 'month-range':
        return `ماه ${n(why.month)} میان ۱ تا ۱۲ نیست`;
      case 'no-such-day':
        return `ماه ${n(why.month)} سال ${plain(why.year)} روز ${n(why.day)} ندارد`;
      case 'hour-range':
        return `ساعت ${n(why.hour)} میان ۰ تا ۲۳ نیست`;
      case 'minute-range':
        return `دقیقهٔ ${n(why.minute)} میان ۰ تا ۵۹ نیست`;
      case 'no-time':
        return 'زمان ندارد';
      case 'no-date':
        return 'تاریخ ندارد';
      case 'yearless':
        return `تاریخی بدون سال («${iso(why.text)}»)`;
      case 'yearless-no-earlier':
        return `تاریخی بدون سال («${iso(why.text)}») و سالی هم پیش‌تر نیامده که بتوان از آن گرفت`;
      case 'unreadable-time':
        return `زمانی که خوانده نمی‌شود («${iso(why.text)}»)`;
      case 'unreadable-date':
        return `تاریخی که خوانده نمی‌شود («${iso(why.text)}»)`;
      case 'not-epoch':
        return `عدد ${plain(why.value)} زمانی به میلی‌ثانیه از ۱ ژانویهٔ ۱۹۷۰ نیست`;
      case 'acled-no-date':
        return `${iso('event_date')} ندارد`;
      case 'acled-date-unreadable':
        return `${iso('event_date')} «${iso(why.value)}» تاریخ خوانده نمی‌شود`;
      case 'acled-date-not-day':
        return `${iso('event_date')} «${iso(why.value)}» یک روز نیست`;
      case 'acled-time-precision':
        return `${iso('time_precision')} «${iso(why.value)}» ۱، ۲ یا ۳ نیست`;
      case 'no-start-date':
        return 'تاریخ آغاز ندارد';
      case 'no-words':
        return 'نه عنوان دارد نه متن';
      case 'not-feature':
        return `عارضهٔ ${iso('GeoJSON')} (${iso('Feature')}) نیست`;
      case 'not-slide':
        return why.key === ''
          ? `اسلاید ${iso(TOOLS[why.tool])} نیست`
          : `اسلاید ${iso(TOOLS[why.tool])} نیست: «${iso(why.key)}» آن از نوع درست نیست`;
    }
  };

  const reason = (said: NoteReason): string => {
    switch (said.code) {
      case 'left-out':
        return `کنار گذاشته شد: ${leftOut(said.why)}`;
      case 'csv-row':
        return `${iso('CSV')}: سطر ${n(said.row)}: ${CSV_ERRORS[said.error]}`;
      case 'guessed-column':
        return `${ROLES[said.role]} ستون «${iso(said.name)}» است (حدس)`;
      case 'guessed-property':
        return `${ROLES[said.role]} ویژگی «${iso(said.name)}» است (حدس)`;
      case 'no-coordinate-columns':
        return 'ستون عرض و طول جغرافیایی ندارد: رویدادها بدون مکان نگه داشته شدند';
      case 'no-coordinates':
        return 'عرض یا طول جغرافیایی خوانا نیست: بدون مکان نگه داشته شد';
      case 'end-misfit':
        return 'پایانی که با آغاز جور نیست: کنار گذاشته شد';
      case 'end-left-out':
        return `تاریخ پایان کنار گذاشته شد: ${leftOut(said.why)}`;
      case 'units-differ':
        return `آغاز و پایان با دقت‌های متفاوت داده شده‌اند: هر دو تا ${UNITS[said.unit]} نشان داده می‌شوند`;
      case 'end-before-start':
        return 'تاریخ پایان پیش از تاریخ آغاز است: پایان کنار گذاشته شد';
      case 'bad-clock':
        return `زمانی که به شکل ${iso('HH:MM')} خوانده نمی‌شود: فقط روز نگه داشته شد`;
      case 'eras':
        return `${n(said.count)} دوره کنار گذاشته شد: ${iso('Dateline')} دوره ندارد`;
      case 'media':
        return 'رسانه منتقل نشد (تصویر، ویدئو، محتوای جاسازی‌شده)';
      case 'no-headline':
        return 'عنوان ندارد: آغاز متن عنوان شد';
      case 'year-guessed':
        return 'تاریخ بدون سال: سال از اسلایدی پیشین یا از متن خود اسلاید گرفته شد';
      case 'no-location':
        return 'مکان ندارد: بدون مکان نگه داشته شد (فقط در خط زمانی و فهرست)';
      case 'off-earth':
        return 'مکانی بیرون از زمین: بدون مکان نگه داشته شد';
      case 'no-place-name':
        return 'نام مکان ندارد: با مختصاتش نام‌گذاری شد';
      case 'epoch-times':
        return `زمان‌ها به میلی‌ثانیه از ۱ ژانویهٔ ۱۹۷۰: تا دقیقه و به وقت ${iso('UTC')} نشان داده می‌شوند`;
      case 'no-geometry':
        return 'هندسه ندارد: بدون مکان نگه داشته شد';
      case 'bad-geometry':
        return `هندسه‌ای که ${iso('GeoJSON')} نیست: بدون مکان نگه داشته شد`;
      case 'geometry-unsupported':
        return `هندسهٔ ${iso(said.type)} که روی زمین نیست یا پشتیبانی نمی‌شود: بدون مکان نگه داشته شد`;
      case 'third-coordinate':
        return 'مختصات سوم (عمق یا ارتفاع) کنار گذاشته شد';
      case 'acled-columns':
        return `طرف‌ها، شمار کشته‌ها و دیگر ستون‌های ${iso('ACLED')} منتقل نشدند`;
      case 'acled-no-notes':
        return `ستون ${iso('notes')} خالی است: نقل‌قول، نوع رویداد و مکان آن است`;
      case 'acled-geo-precision':
        return `${iso('geo_precision')} «${iso(said.value)}» ۱، ۲ یا ۳ نیست: ۳ (یک منطقه) فرض شد`;
    }
  };

  const where = (part: PartName, numbers: readonly number[]): string => {
    const { one, other } = PARTS[part];
    if (numbers.length === 1) return `${one} ${n(numbers[0] ?? 0)}`;
    const listed = numbers.slice(0, LISTED_PARTS).map(n);
    if (numbers.length > LISTED_PARTS) return `${n(numbers.length)} ${one}: ${listed.join('، ')}…`;
    return `${other} ${f.list(listed)}`;
  };

  return {
    reason,
    note: (note: ImportNote): string =>
      note.part && note.numbers.length > 0
        ? `${reason(note.reason)} (${where(note.part, note.numbers)})`
        : reason(note.reason),
  };
}
