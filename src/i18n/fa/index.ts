import type { Formatter } from '../format';
import type { Messages } from '../messages';
import { app } from './app';
import { common } from './common';
import { density } from './density';
import { draft } from './draft';
import { editor } from './editor';
import { embed } from './embed';
import { exportImage } from './export-image';
import { firstMap } from './first-map';
import { guesses } from './guesses';
import { headerMenu } from './header-menu';
import { importNotes } from './import-notes';
import { imports } from './imports';
import { kinds } from './kinds';
import { library } from './library';
import { loading } from './loading';
import { mapEdit } from './map-edit';
import { map } from './map';
import { openers } from './openers';
import { panels } from './panels';
import { present } from './present';
import { presenterPreview } from './presenter-preview';
import { problems } from './problems';
import { start } from './start';
import { timeline } from './timeline';

export function messages(f: Formatter): Messages {
  return {
    app: app(f),
    common: common(f),
    density: density(f),
    draft: draft(f),
    editor: editor(f),
    embed: embed(f),
    exportImage: exportImage(f),
    firstMap: firstMap(f),
    guesses: guesses(f),
    headerMenu: headerMenu(f),
    importNotes: importNotes(f),
    imports: imports(f),
    kinds: kinds(f),
    library: library(f),
    loading: loading(f),
    mapEdit: mapEdit(f),
    map: map(f),
    openers: openers(f),
    panels: panels(f),
    present: present(f),
    presenterPreview: presenterPreview(f),
    problems: problems(f),
    start: start(f),
    timeline: timeline(f),
  };
}
