/** The briefing speaks the exporter's language, carried in its data block (docs/languages.md). */
import { describe, expect, it } from 'vitest';
import { briefingLocale } from '../../src/briefing/briefing-locale';
import { BRIEFING_TEMPLATE, fillBriefingTemplate } from '../../src/briefing/fill-template';
import {
  INLINE_DATA_BLOCK,
  encodeInlineData,
  inlineDataBlock,
  parseInlineDataText,
  readInlineData,
} from '../../src/briefing/inline-data';

const TEMPLATE = [
  `<title>${BRIEFING_TEMPLATE.title} · Dateline</title>`,
  inlineDataBlock(
    encodeInlineData(
      { id: BRIEFING_TEMPLATE.id, text: BRIEFING_TEMPLATE.text },
      {
        tiles: {},
        files: {},
      },
    ),
  ),
].join('\n');
const STORY = { id: 'quake', title: 'Quake', text: '{}' };

function langOf(html: string) {
  const read = readInlineData(parseInlineDataText(INLINE_DATA_BLOCK.exec(html)?.[1]));
  if (!read.ok) throw new Error(read.message);
  return read.data.lang;
}

describe('the language of a briefing', () => {
  it('carries the exporter’s language in the page’s data', () => {
    const filled = fillBriefingTemplate(TEMPLATE, STORY, { tiles: {}, files: {} }, 'fa');
    if (!filled.ok) throw new Error(filled.message);
    expect(langOf(filled.html)).toBe('fa');
  });

  it('carries none when the exporter gave none, so the browser decides', () => {
    const filled = fillBriefingTemplate(TEMPLATE, STORY, { tiles: {}, files: {} });
    if (!filled.ok) throw new Error(filled.message);
    expect(langOf(filled.html)).toBeUndefined();
  });

  it('ignores a language it does not speak rather than refusing the briefing', () => {
    const read = readInlineData({
      story: { id: 'x', text: '{}' },
      geo: { tiles: {}, files: {} },
      lang: 'xx',
    });
    expect(read.ok && read.data.lang).toBeUndefined();
  });

  it('speaks the exported language over the browser’s', () => {
    expect(briefingLocale('', 'ru', ['en-GB', 'en'])).toBe('ru');
  });

  it('lets a link’s lang= win over the exported language', () => {
    expect(briefingLocale('?lang=fa', 'ru', ['en'])).toBe('fa');
  });

  it('follows the browser when the briefing was made without an exporter', () => {
    expect(briefingLocale('', undefined, ['fa-IR', 'en'])).toBe('fa');
  });
});
