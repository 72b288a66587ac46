import type { Formatter } from '../format';
import type { FirstMessages } from '../lazy-areas';
import { app } from './app';
import { common } from './common';
import { density } from './density';
import { exportImage } from './export-image';
import { firstMap } from './first-map';
import { guesses } from './guesses';
import { headerMenu } from './header-menu';
import { kinds } from './kinds';
import { loading } from './loading';
import { map } from './map';
import { openers } from './openers';
import { panels } from './panels';
import { timeline } from './timeline';

/**
 * The English areas the first view needs; the others load with their parts (src/i18n/lazy-areas.ts).
 */
export function messages(f: Formatter): FirstMessages {
  return {
    app: app(f),
    common: common(f),
    density: density(f),
    exportImage: exportImage(f),
    firstMap: firstMap(f),
    guesses: guesses(f),
    headerMenu: headerMenu(f),
    kinds: kinds(f),
    loading: loading(f),
    map: map(f),
    openers: openers(f),
    panels: panels(f),
    timeline: timeline(f),
  };
}
