import type { Formatter } from '../format';
import type { HeaderMenuMessages } from '../en/header-menu';

export function headerMenu(_f: Formatter): HeaderMenuMessages {
  return {
    more: 'بیشتر',
    moreLabel: 'کارهای بیشتر',
    embed: 'جاسازی',
    exportJson: 'خروجی JSON',
    exportBriefing: 'خروجی گزارش',
  };
}
