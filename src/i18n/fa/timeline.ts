import type { Formatter } from '../format';
import type { TimelineMessages } from '../en/timeline';

export function timeline(f: Formatter): TimelineMessages {
  return {
    region: 'خط زمان',
    playback: 'پخش',
    previousEvent: 'رویداد قبلی',
    nextEvent: 'رویداد بعدی',
    play: 'پخش',
    pause: 'توقف',
    playTitle: 'پخش در طول خط زمان',
    zoom: 'بزرگ‌نمایی',
    zoomOut: 'کوچک‌نمایی خط زمان',
    zoomOutTitle: 'کوچک‌نمایی خط زمان (−)',
    zoomIn: 'بزرگ‌نمایی خط زمان',
    zoomInTitle: 'بزرگ‌نمایی خط زمان (+)',
    fitAll: 'گنجاندن همه',
    zoomToWindow: 'بزرگ‌نمایی تا پنجره',
    failed: 'خط زمانی نیست: داستان نمایش داده نشد.',
    loading: 'در حال بارگذاری خط زمان…',
    earlierShown: (count) => `${f.number(count)} پیش‌تر `,
    laterShown: (count) => `${f.number(count)} پس‌تر `,
    widenHidden: () => `رویداد: گسترش خط زمان`,
    showing: (range) => `نمایش ${range}`,
    shownOfTotal: (shown, total) => `${f.number(shown)} از ${f.number(total)} رویداد`,
    showAll: 'نمایش همه',
    windowStart: 'آغاز پنجره',
    windowBody: 'پنجره',
    windowEnd: 'پایان پنجره',
    windowStartTitle: (day) => `آغاز پنجره: ${day}`,
    windowEndTitle: (day) => `پایان پنجره: ${day}`,
    daySpan: (first, last) => `${first} تا ${last}`,
    sliderValue: (value, shown, total) =>
      `${value}، ${f.number(shown)} از ${f.number(total)} رویداد نمایش داده شده`,
  };
}
