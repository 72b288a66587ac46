import type { Formatter } from '../format';
import type { PanelsMessages } from '../en/panels';

export function panels(f: Formatter): PanelsMessages {
  return {
    selected: (title) => `انتخاب‌شده: ${title}`,
    aboutStory: 'دربارهٔ این داستان',
    selectHint: 'رویدادی را روی نقشه، خط زمان یا فهرست انتخاب کنید.',
    storyLoading: 'داستان در حال بارگذاری است.',
    noEvents: 'رویدادی برای نمایش نیست.',
    closeDetails: 'بستن جزئیات رویداد',
    when: 'زمان',
    where: 'مکان',
    howDate: 'این تاریخ چگونه به دست آمد',
    howPlace: 'این مکان چگونه تعیین شد',
    noPlaceYet: '(داستان هنوز مکانی برای این رویداد نداده است)',
    precision: (precision) =>
      ({
        minute: undefined,
        day: undefined,
        hour: 'زمان با دقت ساعت معلوم است',
        month: 'تاریخ با دقت ماه معلوم است',
        year: 'تاریخ با دقت سال معلوم است',
        approximate: 'تاریخ تقریبی',
      })[precision],
    fromOtherSources: 'از منابع دیگر',
    sourcesSay: 'منابع چه می‌گویند',
    articleSays: 'مقاله چه می‌گوید',
    readInArticle: 'خواندن در مقاله',
    opensNewTab: ' (در زبانهٔ تازه باز می‌شود)',
    citationPart: (part) => `، ${part}`,
    eventsHeading: 'رویدادها',
    inWindow: (shown, total) => `${f.number(shown)} از ${f.number(total)} رویداد در بازهٔ زمانی · `,
    showAll: 'نمایش همه',
    eventCount: (total) => `${f.number(total)} رویداد`,
    noneInWindow: 'در این بازهٔ زمانی رویدادی نیست.',
    rowAbout: (parts) => parts.join('، '),
    showMoreArticle: 'نمایش بیشتر از مقاله',
    theArticle: 'مقاله',
    articleText: 'متن مقاله',
    aboutText: 'دربارهٔ این متن: ',
    passageMissing: 'بخش نقل‌شده در این متن پیدا نشد.',
    originalArticle: 'مقالهٔ اصلی',
  };
}
