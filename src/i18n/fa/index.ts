import type { Formatter } from '../format';
import type { Messages } from '../messages';
import { common } from './common';
import { draft } from './draft';
import { editor } from './editor';
import { mapEdit } from './map-edit';

export function messages(f: Formatter): Messages {
  return { common: common(f), draft: draft(f), editor: editor(f), mapEdit: mapEdit(f) };
}
