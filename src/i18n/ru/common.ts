import type { Formatter } from '../format';
import type { CommonMessages } from '../en/common';

export function common(f: Formatter): CommonMessages {
  return {
    close: 'Закрыть',
    cancel: 'Отмена',
    events: (count) =>
      f.plural(count, {
        one: '# событие',
        few: '# события',
        many: '# событий',
        other: '# события',
      }),
  };
}
