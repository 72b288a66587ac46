import type { Formatter } from '../format';
import type { Messages } from '../messages';
import { common } from './common';
import { kinds } from './kinds';
import { embed } from './embed';
import { present } from './present';
import { start } from './start';
import { map } from './map';
import { panels } from './panels';
import { app } from './app';
import { timeline } from './timeline';

export function messages(f: Formatter): Messages {
  return {
    common: common(f),
    kinds: kinds(f),
    embed: embed(f),
    present: present(f),
    start: start(f),
    map: map(f),
    panels: panels(f),
    app: app(f),
    timeline: timeline(f),
  };
}
