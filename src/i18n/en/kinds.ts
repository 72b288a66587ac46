/** The built-in kinds of event, as the legend, the list and the details name them. */
import type { Formatter } from '../format';

export function kinds(_f: Formatter) {
  return {
    exercise: 'Military exercise',
    'military-presence': 'Military presence',
    conflict: 'Conflict',
    diplomacy: 'Diplomacy',
    statement: 'Statement',
    policy: 'Policy',
  };
}

export type KindsMessages = ReturnType<typeof kinds>;
