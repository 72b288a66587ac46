/**
 * The title of a draft from pasted text: the text's first line, but only when it reads as a
 * headline. Text copied from a web page often starts with the site's menu glued into one line
 * ("HomeInternationalRussia leads…"), a breadcrumb or a cut-off teaser; a story titled with that
 * is worse than one titled "Untitled draft" that the person names.
 */

/** What a draft is called when nothing in the text reads as its title. */
export const UNTITLED = 'Untitled draft';

/** Longer than this, a first line is a paragraph, not a headline. */
const MAX_HEADLINE_CHARS = 150;

/** Words of site menus, which a headline is not made of. */
const MENU_WORDS = new Set(
  (
    'home news world international politics business economy sport sports opinion culture ' +
    'science tech technology health video videos live latest menu search subscribe login log ' +
    'sign in up register account more about contact skip to content main navigation sections ' +
    'weather travel lifestyle entertainment local national'
  ).split(' '),
);

/** A word that glues three or more words of a menu: "HomeInternationalRussia". */
const GLUED = /\p{Ll}\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;

/** A menu word run into the next one at the start of the line: "HomeRussia", "NewsWorld". */
const MENU_GLUED_START = /^(\p{Lu}\p{Ll}+)\p{Lu}/u;

/** Breadcrumbs and menu separators. */
const SEPARATORS = /\s[›»>/·•]\s|\s\|\s.*\s\|\s/u;

/** The headline the line reads as (a " | Site" suffix dropped), or undefined if it does not. */
export function headlineOf(line: string): string | undefined {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text.length < 3 || text.length > MAX_HEADLINE_CHARS) return undefined;
  if (SEPARATORS.test(text)) return undefined;
  const headline = text.replace(/\s\|\s[^|]*$/, '');
  // A sentence (or a teaser cut off with an ellipsis) ends with a full stop; a headline does not.
  if (/[.…]$/u.test(headline)) return undefined;
  if (/https?:\/\/|www\.|@\w/.test(headline)) return undefined;
  const words = headline.split(' ').filter((word) => /\p{L}/u.test(word));
  if (words.length < 2) return undefined;
  if (words.some((word) => GLUED.test(word))) return undefined;
  const start = MENU_GLUED_START.exec(headline)?.[1];
  if (start && MENU_WORDS.has(start.toLowerCase())) return undefined;
  const menu = words.filter((word) => MENU_WORDS.has(word.toLowerCase().replace(/\W/g, '')));
  if (menu.length / words.length > 0.6) return undefined;
  return headline;
}

/** The draft's title: the one given, else the text's first line if it reads as a headline. */
export function draftTitle(text: string, given: string | undefined): string {
  const named = given?.trim().replace(/\s+/g, ' ');
  if (named) return named.slice(0, 200);
  const first = text.split('\n').find((line) => line.trim() !== '') ?? '';
  return headlineOf(first) ?? UNTITLED;
}
