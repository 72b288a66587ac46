import type { Formatter } from '../format';
import type { Messages } from '../messages';
import { common } from './common';

export function messages(f: Formatter): Messages {
  return { common: common(f) };
}
