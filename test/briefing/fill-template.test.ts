import { describe, expect, it } from 'vitest';
import { BRIEFING_TEMPLATE, fillBriefingTemplate } from '../../src/briefing/fill-template';

const TEMPLATE = [
  `<title>${BRIEFING_TEMPLATE.title} · Dateline</title>`,
  `<script type="module">const d={story:{id:"${BRIEFING_TEMPLATE.id}",text:'${BRIEFING_TEMPLATE.text}'}};</script>`,
].join('\n');

/** The story's text as the page's script will see it. */
function injectedText(html: string): unknown {
  const literal = /text:("(?:[^"\\]|\\.)*")/.exec(html)?.[1];
  return literal === undefined ? undefined : JSON.parse(literal);
}

describe('filling the briefing template', () => {
  it('puts the story text in as a string the page reads back exactly', () => {
    const text = '{"title":"Quake","events":[]}';
    const filled = fillBriefingTemplate(TEMPLATE, { id: 'quake', title: 'Quake', text });
    expect(filled.ok && injectedText(filled.html)).toBe(text);
  });

  it('lets nothing in the story end the script', () => {
    const text = '{"title":"</script><script>alert(1)</script><!--"}';
    const filled = fillBriefingTemplate(TEMPLATE, { id: 'x', title: 'x', text });
    if (!filled.ok) throw new Error(filled.message);
    expect(filled.html.match(/<\/script>/g)).toHaveLength(1);
    expect(filled.html).not.toMatch(/<!--/);
    expect(injectedText(filled.html)).toBe(text);
  });

  it('escapes the title in the page and takes $ patterns as text', () => {
    const filled = fillBriefingTemplate(TEMPLATE, { id: 'x', title: 'A <b>&</b> $&', text: '$&' });
    if (!filled.ok) throw new Error(filled.message);
    expect(filled.html).toContain(
      '<title>A &#60;b&#62;&#38;&#60;/b&#62; $&#38; · Dateline</title>',
    );
    expect(injectedText(filled.html)).toBe('$&');
  });

  it('refuses a template without its placeholders', () => {
    expect(fillBriefingTemplate('<html></html>', { id: 'x', title: 'x', text: '{}' }).ok).toBe(
      false,
    );
  });
});
