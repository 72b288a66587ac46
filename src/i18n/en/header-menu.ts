/** The story header's "More" menu, which holds the actions a phone has no room for. */
import type { Formatter } from '../format';

export function headerMenu(_f: Formatter) {
  return {
    more: 'More',
    moreLabel: 'More actions',
    embed: 'Embed',
    exportJson: 'Export JSON',
    exportBriefing: 'Export briefing',
  };
}

export type HeaderMenuMessages = ReturnType<typeof headerMenu>;
