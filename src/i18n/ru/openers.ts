import type { Formatter } from '../format';
import type { OpenersMessages } from '../en/openers';

export function openers(_f: Formatter): OpenersMessages {
  return {
    edit: 'Редактировать',
    editCopy: 'Редактировать копию',
    present: 'Презентация',
    embed: 'Встроить',
    draft: 'Черновик из статьи…',
  };
}
