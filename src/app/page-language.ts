/**
 * The page's interface language, set once before the first render: `lang` on the document
 * element, the writing direction on <body>.
 *
 * The direction sits on <body>, not <html>, because MapLibre draws every map label glyph by glyph
 * on an OffscreenCanvas, and such a canvas takes its text direction from the document element: in
 * a right-to-left page it mirrored brackets, so a story's "border (Panj river)" read
 * "border )Panj river(". All of the interface is inside <body>, so it is mirrored all the same.
 */
import { directionOf, type Locale } from '../i18n/locale';

export function setPageLanguage(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.removeAttribute('dir');
  document.body.dir = directionOf(locale);
}
