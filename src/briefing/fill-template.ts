/**
 * The briefing template (dist/briefing-template.html, built by `npm run build`) is a finished
 * single-file briefing whose story is a placeholder. The running app fills it with the story on
 * screen, so a briefing can be made without a terminal. The story goes in as a JSON string
 * literal inside the page's script, escaped so that nothing in it can end the script or run:
 * the briefing then parses it like any story file.
 */

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

/** A JavaScript string literal that cannot close a <script> or a comment around it. */
function scriptString(value: string): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The briefing page for a story, or why the template cannot make one. */
export function fillBriefingTemplate(
  template: string,
  story: BriefingStory,
): { ok: true; html: string } | { ok: false; message: string } {
  const literal = (token: string) => new RegExp(`(["'\`])${token}\\1`, 'g');
  const titles = template.split(BRIEFING_TEMPLATE.title).length - 1;
  const ids = template.match(literal(BRIEFING_TEMPLATE.id))?.length ?? 0;
  const texts = template.match(literal(BRIEFING_TEMPLATE.text))?.length ?? 0;
  if (titles !== 1 || ids !== 1 || texts !== 1) {
    return { ok: false, message: 'The briefing template in this build is damaged.' };
  }
  // Functions as replacements, so that "$&" in a story is text, not a pattern. The text goes in
  // last, so that nothing in it is taken for a placeholder.
  const html = template
    .replace(BRIEFING_TEMPLATE.title, () => escapeHtml(story.title))
    .replace(literal(BRIEFING_TEMPLATE.id), () => scriptString(story.id))
    .replace(literal(BRIEFING_TEMPLATE.text), () => scriptString(story.text));
  return { ok: true, html };
}
