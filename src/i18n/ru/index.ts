import type { Formatter } from '../format';
import type { Messages } from '../messages';
import { common } from './common';
import { editor } from './editor';
import { headerMenu } from './header-menu';
import { presenterPreview } from './presenter-preview';

export function messages(f: Formatter): Messages {
  return {
    common: common(f),
    editor: editor(f),
    headerMenu: headerMenu(f),
    presenterPreview: presenterPreview(f),
  };
}
