import { iso } from './isolate';
import type { Formatter } from '../format';
import type { MapEditMessages } from '../en/map-edit';

export function mapEdit(f: Formatter): MapEditMessages {
  const points = (count: number) => f.plural(count, { other: '# نقطه' });
  return {
    tools: 'ابزارهای نقشه',
    point: 'گذاشتن با کلیک',
    line: 'کشیدن خط',
    area: 'کشیدن محدوده',
    finish: 'پایان',
    cancel: 'لغو کشیدن',
    selectFirst: 'رویدادی را برگزینید تا آن را روی نقشه بگذارید.',
    pointHint: 'جایی از نقشه را که رویداد در آن رخ داد کلیک کنید. Escape لغو می‌کند.',
    lineHint: (count) =>
      `${points(count)}. برای افزودن نقطه کلیک کنید؛ Enter یا دوبار کلیک خط را تمام می‌کند؛ Escape لغو می‌کند.`,
    areaHint: (count) =>
      `${points(count)}. برای افزودن گوشه کلیک کنید؛ Enter یا دوبار کلیک محدوده را تمام می‌کند؛ Escape لغو می‌کند.`,
    placed: (title) => `«${iso(title)}» روی نقشه گذاشته شد. «واگرد» آن را برمی‌گرداند.`,
    keyboard: 'بدون ماوس: مختصات را بنویسید یا مکانی را در فرم رویداد جست‌وجو کنید.',
    radius: 'شعاع عدم قطعیت',
    radiusKm: (km) => `${f.number(km)} کیلومتر`,
    radiusHint:
      'دستگیره را بکشید یا از کلیدهای جهت استفاده کنید: هر فشار ۱ کیلومتر، با Shift ۱۰ کیلومتر.',
  };
}
