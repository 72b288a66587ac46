import type { Formatter } from '../format';
import type { KindsMessages } from '../en/kinds';

export function kinds(_f: Formatter): KindsMessages {
  return {
    exercise: 'رزمایش نظامی',
    'military-presence': 'حضور نظامی',
    conflict: 'درگیری',
    diplomacy: 'دیپلماسی',
    statement: 'بیانیه',
    policy: 'سیاست',
  };
}
