import type { Formatter } from '../format';
import type { DensityMessages } from '../en/density';

export function density(f: Formatter): DensityMessages {
  const per = { day: 'по дням', week: 'по неделям', month: 'по месяцам', year: 'по годам' };
  return {
    busiest: (unit, when, count) =>
      `События на шкале времени ${per[unit]}; больше всего: ${when}, ${f.plural(count, {
        one: '# событие',
        few: '# события',
        many: '# событий',
        other: '# события',
      })}`,
    weekOf: (day) => `неделя с ${day}`,
  };
}
