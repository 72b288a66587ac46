import type { Formatter } from '../format';
import type { Messages } from '../messages';
import { common } from './common';
import { draft } from './draft';
import { editor } from './editor';
import { headerMenu } from './header-menu';
import { mapEdit } from './map-edit';
import { presenterPreview } from './presenter-preview';

export function messages(f: Formatter): Messages {
  return {
    common: common(f),
    draft: draft(f),
    editor: editor(f),
    headerMenu: headerMenu(f),
    mapEdit: mapEdit(f),
    presenterPreview: presenterPreview(f),
  };
}
