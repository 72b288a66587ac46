import type { Formatter } from '../format';
import type { KindsMessages } from '../en/kinds';

export function kinds(_f: Formatter): KindsMessages {
  return {
    exercise: 'Военные учения',
    'military-presence': 'Военное присутствие',
    conflict: 'Конфликт',
    diplomacy: 'Дипломатия',
    statement: 'Заявление',
    policy: 'Политика',
  };
}
