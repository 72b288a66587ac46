import { describe, expect, it, vi } from 'vitest';
import { makeBriefing } from '../../src/app/export-briefing';
import { BRIEFING_TEMPLATE } from '../../src/briefing/fill-template';

const TEMPLATE = `<html><title>${BRIEFING_TEMPLATE.title}</title><script>x={id:"${BRIEFING_TEMPLATE.id}",text:"${BRIEFING_TEMPLATE.text}"}</script></html>`;
const BASE = 'https://dateline.example/app/';

describe('making a briefing in the browser', () => {
  it('fills the template from beside the app with the story file it fetches', async () => {
    const fetcher = vi.fn(async (url: string | URL | Request) =>
      String(url).endsWith('briefing-template.html')
        ? new Response(TEMPLATE)
        : new Response('{"title":"Hosted"}'),
    );
    const made = await makeBriefing(
      { id: 'hosted', title: 'Hosted', url: `${BASE}stories/hosted.json` },
      BASE,
      fetcher,
    );
    expect(fetcher).toHaveBeenCalledWith(`${BASE}briefing-template.html`);
    expect(made.ok && made.html).toContain('text:"{\\"title\\":\\"Hosted\\"}"');
  });

  it('says so when the build has no template (the development server)', async () => {
    const fetcher = vi.fn(async () => new Response('not found', { status: 404 }));
    const made = await makeBriefing({ id: 'x', title: 'x', text: '{}' }, BASE, fetcher);
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.message).toMatch(/no briefing template.*npm run build/);
  });
});
