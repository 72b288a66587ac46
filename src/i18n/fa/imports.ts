/** پیام‌های رد کردن فایل‌های ابزارهای دیگر (TimelineJS، StoryMapJS، GeoJSON، CSV) به فارسی. */
import { iso } from './isolate';
import type { Formatter } from '../format';
import type { ImportsMessages } from '../en/imports';
import type { ImportRefusal, RefusalDetail } from '../../import/import-words';

const FORMATS: Readonly<Record<Extract<RefusalDetail, { code: 'not-format' }>['format'], string>> =
  {
    timeline: `خط زمانی ${iso('TimelineJS')}`,
    storymap: `داستان ${iso('StoryMapJS')}`,
    geojson: `مجموعهٔ ${iso('GeoJSON FeatureCollection')}`,
  };

const quoted = (names: readonly string[]) => names.map((name) => `«${iso(name)}»`).join('، ');

export function imports(f: Formatter): ImportsMessages {
  const refusal = (refused: ImportRefusal): string => {
    const file = `«${iso(refused.file)}»`;
    switch (refused.code) {
      case 'empty':
        return `فایل ${file} خالی است.`;
      case 'not-text':
        return `فایل ${file} متنی نیست (صفحه‌گسترده، تصویر یا سند؟). آن را به شکل ${iso('CSV')} یا ${iso('JSON')} ذخیره کنید و همان را باز کنید.`;
      case 'markup':
        return `فایل ${file} یک صفحهٔ وب یا سند ${iso('XML')} است، نه داستان یا فایل ${iso('TimelineJS')}، ${iso('StoryMapJS')}، ${iso('GeoJSON')} یا ${iso('CSV')}.`;
      case 'no-columns':
        return `فایل ${file} نه ${iso('JSON')} است و نه جدول ${iso('CSV')}: سطر اول آن ستونی ندارد.`;
      case 'bad-json':
        return `فایل ${file} ${iso('JSON')} معتبر نیست: ${iso(refused.reason)}.`;
      case 'json-not-object':
        return `فایل ${file} ${refused.list ? 'یک فهرست' : 'یک مقدار'} ${iso('JSON')} دارد، نه شیء داستان، ${iso('TimelineJS')}، ${iso('StoryMapJS')} یا ${iso('GeoJSON')}.`;
      case 'geojson-type':
        return `فایل ${file} یک ${iso(`GeoJSON ${refused.type}`)} است؛ فقط ${iso('FeatureCollection')} با عارضه‌های زمان‌دار وارد می‌شود.`;
      case 'json-unknown':
        return `فایل ${file} ${iso('JSON')} است اما داستان، ${iso('TimelineJS')}، ${iso('StoryMapJS')} یا ${iso('GeoJSON')} نیست (کلیدهایش: ${refused.keys.length > 0 ? iso(refused.keys.join(', ')) : 'هیچ'}).`;
      case 'too-large':
        return `حجم فایل ${file} ${f.number(refused.megabytes)} مگابایت است؛ فایل‌های بزرگ‌تر از ${f.number(refused.limit)} مگابایت باز نمی‌شوند.`;
      case 'no-events':
        return `در فایل ${file} هیچ رویداد خواندنی‌ای نیست.`;
      case 'gigapixel':
        return `فایل ${file} یک داستان گیگاپیکسلی ${iso('StoryMapJS')} است: نشانه‌هایش روی یک تصویرند نه روی زمین، پس داستان نقشه‌ای نمی‌شود.`;
      case 'not-list':
        return `فایل ${file}: «${iso(refused.key)}» آن ${refused.slides ? 'فهرست اسلایدها' : 'فهرست'} نیست`;
      case 'not-feature-collection':
        return `فایل ${file}: «${iso('type')}» آن «${iso('FeatureCollection')}» نیست`;
      case 'not-format':
        return `فایل ${file} ${FORMATS[refused.format]} نیست`;
      case 'no-rows':
        return `فایل ${file} سطر عنوان دارد اما سطر دیگری ندارد`;
      case 'no-features':
        return `فایل ${file} هیچ عارضه‌ای ندارد`;
      case 'no-column':
        return `فایل ${file} ستونی به نام ${quoted(refused.names)} ندارد`;
      case 'no-property':
        return `فایل ${file} ویژگی‌ای به نام ${quoted(refused.names)} ندارد`;
      case 'choose-column':
        return `فایل ${file} نمی‌گوید تاریخ در کدام ستون است: یکی را انتخاب کنید`;
      case 'choose-property':
        return `فایل ${file} نمی‌گوید زمان در کدام ویژگی است: یکی را انتخاب کنید`;
    }
  };
  return { refusal };
}
