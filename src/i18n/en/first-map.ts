/** The still map the page shows at first paint, until the interactive map has drawn. */
import type { Formatter } from '../format';

export function firstMap(_f: Formatter) {
  return {
    loading: 'Loading the interactive map…',
  };
}

export type FirstMapMessages = ReturnType<typeof firstMap>;
