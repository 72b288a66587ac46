import type { Formatter } from '../format';
import type { HeaderMenuMessages } from '../en/header-menu';

export function headerMenu(_f: Formatter): HeaderMenuMessages {
  return {
    more: 'Ещё',
    moreLabel: 'Ещё действия',
    embed: 'Встроить',
    exportJson: 'Экспорт JSON',
    exportBriefing: 'Экспорт брифинга',
  };
}
