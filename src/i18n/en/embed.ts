/** Embeds: the compact layout in a newsroom's page, and the dialog that writes the embed code. */
import type { Formatter } from '../format';

export function embed(_f: Formatter) {
  return {
    title: 'Embed this story',
    intro:
      'Paste this code into your article’s HTML. It shows the view you are looking at: the selected event, the time window and the map’s position.',
    size: 'Size',
    sizes: {
      small: 'Small, 300 × 250',
      medium: 'Medium, full width × 480',
      tall: 'Tall, full width × 720',
    },
    theme: 'Theme',
    light: 'Light',
    dark: 'Dark',
    showControls: 'Show controls',
    controlsHint: '(timeline buttons, map zoom)',
    resize: 'Resize to fit content',
    resizeHint: '(adds a small script)',
    codeLabel: 'Code to paste',
    codeWaiting: 'Write where the story file will live to get the code.',
    copy: 'Copy code',
    copied: 'Copied',
    copySelected: 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it',
    keptHere: 'This story is kept only in this browser.',
    keptHereWhy:
      'A reader’s browser cannot open it from here: the story file must be hosted on this site first. Export it as JSON, put it on the site that serves Dateline, and write below where it will live.',
    exportJson: 'Export JSON',
    whereLabel: 'Where the story file will live',
    whereHint: 'A path beside Dateline, such as stories/my-story.json, or its full address.',
    region: (title: string) => `${title}: map and timeline`,
    details: 'Details:',
    openFull: 'Open full story',
    detailsAndEvents: 'Details and events',
    timeline: 'Timeline:',
  };
}

export type EmbedMessages = ReturnType<typeof embed>;
