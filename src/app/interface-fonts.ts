/**
 * The font an interface language needs beyond Noto Sans, loaded before the app's first render:
 * Persian is drawn in Vazirmatn (persian-font.css), which the page fetches only once Arabic
 * script is laid out. Rendered first and fetched after, every Persian label would re-wrap when
 * the font arrived and move the page; fetched first, the first render is already in it.
 */
import type { Locale } from '../i18n/locale';

/** The family and a sample of its script for each language that needs one. */
const SCRIPT_FONTS: Partial<Record<Locale, { readonly family: string; readonly sample: string }>> =
  { fa: { family: 'Vazirmatn', sample: 'فارسی' } };

/**
 * The longest the first render waits for the font: the file is 46 KB from the page's own origin,
 * so this is reached only when something is wrong, and then the system's font draws the text.
 */
export const FONT_WAIT_MS = 3000;

/** The part of FontFaceSet this needs (document.fonts in the page). */
export interface FontLoader {
  load(font: string, text?: string): Promise<unknown>;
}

/**
 * Loads the font `locale` needs (none for English and Russian); settles when it is in, has
 * failed, or FONT_WAIT_MS has passed: it never rejects and never holds the page for longer.
 */
export function loadInterfaceFonts(locale: Locale, fonts: FontLoader | undefined): Promise<void> {
  const needed = SCRIPT_FONTS[locale];
  if (!needed || !fonts) return Promise.resolve();
  // One variable file holds every weight: loading one weight fetches it.
  const loaded = fonts.load(`400 16px '${needed.family}'`, needed.sample).then(
    () => undefined,
    () => undefined,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, FONT_WAIT_MS);
  });
  return Promise.race([loaded, waited]).finally(() => clearTimeout(timer));
}
