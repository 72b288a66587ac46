/**
 * The labels of the buttons that open a part loaded later (the editor, a presentation, the embed
 * dialog, the draft dialog): they are in the first view, the parts' own words load with the parts.
 */
import type { Formatter } from '../format';

export function openers(_f: Formatter) {
  return {
    edit: 'Edit',
    editCopy: 'Edit a copy',
    present: 'Present',
    embed: 'Embed',
    draft: 'Draft from an article…',
  };
}

export type OpenersMessages = ReturnType<typeof openers>;
