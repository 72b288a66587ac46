import type { Formatter } from '../format';
import type { EmbedMessages } from '../en/embed';

export function embed(_f: Formatter): EmbedMessages {
  return {
    title: 'جاسازی این داستان',
    intro:
      'این کد را در HTML مقالهٔ خود بگذارید. همان نمایی را نشان می‌دهد که اکنون می‌بینید: رویداد انتخاب‌شده، بازهٔ زمانی و جای نقشه.',
    size: 'اندازه',
    sizes: {
      small: 'کوچک، ۳۰۰ × ۲۵۰',
      medium: 'متوسط، تمام‌عرض × ۴۸۰',
      tall: 'بلند، تمام‌عرض × ۷۲۰',
    },
    theme: 'پوسته',
    light: 'روشن',
    dark: 'تیره',
    showControls: 'نمایش کنترل‌ها',
    controlsHint: '(دکمه‌های خط زمان، بزرگ‌نمایی نقشه)',
    resize: 'تغییر اندازه به اندازهٔ محتوا',
    resizeHint: '(یک اسکریپت کوچک می‌افزاید)',
    codeLabel: 'کد برای چسباندن',
    codeWaiting: 'برای گرفتن کد بنویسید پروندهٔ داستان کجا قرار خواهد گرفت.',
    copy: 'رونوشت کد',
    copied: 'رونوشت شد',
    copySelected: 'کد انتخاب شده است: برای رونوشت Ctrl+C (در مک ⌘C) را بزنید',
    keptHere: 'این داستان فقط در این مرورگر نگه داشته شده است.',
    keptHereWhy:
      'مرورگر خواننده نمی‌تواند آن را از اینجا باز کند: نخست باید پروندهٔ داستان روی این وبگاه میزبانی شود. آن را به JSON خروجی بگیرید، روی وبگاهی که Dateline را ارائه می‌کند بگذارید و در زیر بنویسید کجا خواهد بود.',
    exportJson: 'خروجی JSON',
    whereLabel: 'جای پروندهٔ داستان',
    whereHint: 'مسیری کنار Dateline، مانند stories/my-story.json، یا نشانی کامل آن.',
    region: (title) => `${title}: نقشه و خط زمان`,
    details: 'جزئیات:',
    openFull: 'باز کردن کل داستان',
    detailsAndEvents: 'جزئیات و رویدادها',
    timeline: 'خط زمان:',
  };
}
