import type { Formatter } from '../format';
import type { MapMessages } from '../en/map';

export function map(f: Formatter): MapMessages {
  const events = (n: number) => `${f.number(n)} رویداد`;
  return {
    region: 'نقشهٔ رویدادها',
    keyboardHint:
      'برای جابه‌جایی بکشید، یا وقتی نقشه در کانون است از کلیدهای جهت‌نما استفاده کنید و با به‌علاوه و منها بزرگ‌نمایی کنید. فهرست رویدادها همین رویدادها را به صورت متن دارد.',
    pointerHint: 'برای جابه‌جایی بکشید؛ برای بزرگ‌نمایی از دکمه‌ها استفاده کنید.',
    legend: 'راهنما',
    kindsOfEvent: 'گونه‌های رویداد',
    howSure: 'داستان چقدر مطمئن است',
    dateToDay: 'تاریخ با دقت روز معلوم است',
    dateCoarse: 'فقط ماه یا سال، یا تقریبی',
    dateRange: 'از یک تاریخ تا تاریخی دیگر ادامه داشت',
    placeRough: 'مکان تقریبی: جایی در این ناحیه',
    events,
    offscreen: (name, count, direction) =>
      `${name}: ${events(count)}، بیرون از نقشه در ${direction}`,
    offscreenName: (name) => `${name}: `,
    compass: {
      north: 'شمال',
      northeast: 'شمال شرقی',
      east: 'شرق',
      southeast: 'جنوب شرقی',
      south: 'جنوب',
      southwest: 'جنوب غربی',
      west: 'غرب',
      northwest: 'شمال غربی',
    },
    downloadPng: 'دریافت PNG از این نما',
    makingImage: 'در حال ساختن تصویر…',
    downloaded: (file) => `دریافت شد: ${file}`,
    imageFailed: (reason) => `تصویر ساخته نشد: ${reason}`,
    noWebgl:
      'این مرورگر نمی‌تواند نقشهٔ تعاملی را نشان دهد (WebGL خاموش است یا وجود ندارد)، پس این نقشه‌ای ثابت از محل رویدادهاست. فهرست رویدادها همهٔ رویدادها را دارد.',
    stillMap: (n) => `نقشهٔ ثابت ${events(n)}`,
    maplibre: {
      'Map.Title': 'نقشه',
      'NavigationControl.ZoomIn': 'بزرگ‌نمایی',
      'NavigationControl.ZoomOut': 'کوچک‌نمایی',
      'NavigationControl.ResetBearing': 'برای چرخاندن نقشه بکشید، برای بازگشت به شمال کلیک کنید',
      'AttributionControl.ToggleAttribution': 'نمایش یا پنهان کردن منابع نقشه',
      'ScaleControl.Meters': 'متر',
      'ScaleControl.Kilometers': 'کیلومتر',
      'CooperativeGesturesHandler.WindowsHelpText':
        'برای بزرگ‌نمایی نقشه Ctrl و چرخ ماوس را به کار ببرید',
      'CooperativeGesturesHandler.MacHelpText': 'برای بزرگ‌نمایی نقشه ⌘ و چرخ ماوس را به کار ببرید',
      'CooperativeGesturesHandler.MobileHelpText': 'نقشه را با دو انگشت جابه‌جا کنید',
    },
  };
}
