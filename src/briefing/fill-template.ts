/**
 * The briefing template (dist/briefing-template.html, built by `npm run build`) is a finished
 * single-file briefing whose story is a placeholder and whose basemap is the world views only.
 * The running app fills it with the story on screen and the basemap around that story, so a
 * briefing can be made without a terminal. Both go into the page's JSON data block (see
 * inline-data.ts), never into its code: the page's Content Security Policy hashes its code, so
 * it stays valid, and the briefing parses the story like any story file.
 */
import {
  INLINE_DATA_BLOCK,
  encodeInlineData,
  inlineDataBlock,
  parseInlineDataText,
  readInlineData,
  type InlineGeoInput,
} from './inline-data';
import type { Locale } from '../i18n/locale';

/** Where the app finds the template, beside index.html. */
export const BRIEFING_TEMPLATE_FILE = 'briefing-template.html';

/** The placeholders the template is built with. */
export const BRIEFING_TEMPLATE = {
  id: '@@DATELINE_STORY_ID@@',
  text: '@@DATELINE_STORY_TEXT@@',
  title: '@@DATELINE_STORY_TITLE@@',
};

export interface BriefingStory {
  readonly id: string;
  readonly title: string;
  /** The story file's text. */
  readonly text: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const DAMAGED = 'The briefing template in this build is damaged.';

/**
 * The briefing page for a story, or why the template cannot make one. `lang` is the interface
 * language of the person exporting: the briefing speaks it (see docs/languages.md). `geo` is the story's
 * basemap beyond the template's world views: its tiles are added, its files replace the
 * template's.
 */
export function fillBriefingTemplate(
  template: string,
  story: BriefingStory,
  geo: InlineGeoInput,
  lang?: Locale,
): { ok: true; html: string } | { ok: false; message: string } {
  const titles = template.split(BRIEFING_TEMPLATE.title).length - 1;
  const blocks = template.split('id="dateline-data"').length - 1;
  const block = INLINE_DATA_BLOCK.exec(template);
  if (titles !== 1 || blocks !== 1 || !block) return { ok: false, message: DAMAGED };
  const read = readInlineData(parseInlineDataText(block[1]));
  if (!read.ok || read.data.story.id !== BRIEFING_TEMPLATE.id)
    return { ok: false, message: DAMAGED };
  const tiles = { ...Object.fromEntries(read.data.geo.tiles), ...geo.tiles };
  const json = encodeInlineData(
    { id: story.id, text: story.text },
    { tiles, files: geo.files },
    lang,
  );
  // Functions as replacements, so that "$&" in a story is text, not a pattern.
  const html = template
    .replace(BRIEFING_TEMPLATE.title, () => escapeHtml(story.title))
    .replace(INLINE_DATA_BLOCK, () => inlineDataBlock(json));
  return { ok: true, html };
}
