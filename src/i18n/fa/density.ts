import type { Formatter } from '../format';
import type { DensityMessages } from '../en/density';

export function density(f: Formatter): DensityMessages {
  const per = { day: 'روز', week: 'هفته', month: 'ماه', year: 'سال' };
  return {
    busiest: (unit, when, count) =>
      `رویدادهای خط زمانی به تفکیک ${per[unit]}؛ پرشمارترین: ${when}، ${f.plural(count, {
        other: '# رویداد',
      })}`,
    weekOf: (day) => `هفتهٔ آغازشده در ${day}`,
  };
}
