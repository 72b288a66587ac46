/**
 * "Export briefing": the single-file offline briefing for the story on screen, made in the
 * browser from the template the build ships beside the app (dist/briefing-template.html).
 * Everything is fetched from the page's own origin.
 */
import { BRIEFING_TEMPLATE_FILE, fillBriefingTemplate } from '../briefing/fill-template';

export interface BriefingSource {
  readonly id: string;
  readonly title: string;
  /** The story file's text, when the page holds it; else `url` is fetched. */
  readonly text?: string | undefined;
  readonly url?: string | undefined;
}

/** The briefing's HTML, or why it cannot be made; never throws. */
export async function makeBriefing(
  source: BriefingSource,
  appBase: string,
  fetcher: typeof fetch = fetch,
): Promise<{ ok: true; html: string } | { ok: false; message: string }> {
  try {
    const response = await fetcher(new URL(BRIEFING_TEMPLATE_FILE, appBase).href);
    const template = response.ok ? await response.text() : '';
    if (!template.includes('<html')) {
      return {
        ok: false,
        message:
          'This copy of Dateline has no briefing template: it is made by `npm run build`, not by the development server.',
      };
    }
    let text = source.text;
    if (text === undefined && source.url !== undefined) {
      const story = await fetcher(source.url, { credentials: 'same-origin' });
      if (story.ok) text = await story.text();
    }
    if (text === undefined) return { ok: false, message: 'The story file could not be read.' };
    return fillBriefingTemplate(template, { id: source.id, title: source.title, text });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The briefing could not be made: ${reason}` };
  }
}
