/**
 * Text from the small HTML fragments that TimelineJS and StoryMapJS put in headlines and texts.
 * No DOM: the fragment is read as a string, so nothing in it can load or run. Tags are dropped
 * (script and style with their content), block tags become spaces, entities are decoded, and
 * runs of white space collapse to one space: the result is one line a person would read.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  deg: '°',
  middot: '·',
  bull: '•',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  szlig: 'ß',
};

// Content of these elements is never text a reader sees.
const HIDDEN_ELEMENTS =
  /<(script|style|template|iframe|object|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<\/?[a-z][^>]*>/gi;
const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;

/** Visible text of an HTML fragment, on one line. */
export function htmlToText(html: string): string {
  const withoutHidden = html.replace(COMMENT, ' ').replace(HIDDEN_ELEMENTS, ' ');
  // Every tag becomes a space so "<p>a</p><p>b</p>" reads "a b", not "ab"; inline tags inside
  // a word are rare in these fragments, and a stray space beats words run together.
  const withoutTags = withoutHidden.replace(TAG, (tag) => (isInline(tag) ? '' : ' '));
  return decodeEntities(withoutTags).replace(/\s+/g, ' ').trim();
}

const INLINE = /^<\/?(a|b|i|em|strong|span|u|s|sub|sup|small|mark|abbr|cite|code|q)\b/i;

function isInline(tag: string): boolean {
  return INLINE.test(tag);
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? Number.parseInt(body.slice(2), 16)
          : Number.parseInt(body.slice(1), 10);
      return isCharacter(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function isCharacter(code: number): boolean {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}
