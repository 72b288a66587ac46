/** Entry: the shell reads the URL and shows the start screen or a story, each with its own store. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Only the subsets and weights the interface uses, each fetched when its glyphs are on the page.
import './app/noto-sans.css';
import './app/persian-font.css';
import { takeOverPrerender } from './app/prerender-takeover';
import { Shell } from './app/Shell';
import { preloadMapView } from './map/LazyMapView';
import { loadMessages } from './i18n/load-messages';
import { pickLocale } from './i18n/locale';
import { setPageLanguage } from './app/page-language';
import { createStoryLibrary } from './library/story-library';
import { LocaleContext, MessagesContext } from './ui/messages-context';

const library = createStoryLibrary();

// The map's code (MapLibre and its helpers) starts downloading now, beside the messages and the
// story, rather than after the first render asks for it.
preloadMapView();

// The interface's language: the link's `lang=`, else the browser's. The story's own text keeps
// its language (its elements carry their own `lang` and `dir`).
const search = window.location.search;
const locale = pickLocale(
  new URLSearchParams(search).get('lang') ?? undefined,
  navigator.languages,
);
setPageLanguage(locale);

const root = document.getElementById('root');
if (root) {
  const mount = takeOverPrerender(root, search, locale);
  // With the story's first view already in the page, let the browser paint it before the app's
  // own work (rendering the whole story, hidden) takes the main thread.
  const painted =
    mount === root
      ? Promise.resolve()
      : new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  // A Persian interface's font comes before its first render, beside its messages, so its
  // labels are laid out once, in that font (interface-fonts.ts); other languages load none of it.
  const fonts =
    locale === 'fa'
      ? import('./app/interface-fonts').then(({ loadInterfaceFonts }) =>
          loadInterfaceFonts(locale, document.fonts),
        )
      : undefined;
  void Promise.all([loadMessages(locale), painted, fonts]).then(([messages]) => {
    createRoot(mount).render(
      <StrictMode>
        <LocaleContext value={locale}>
          <MessagesContext value={messages}>
            <Shell library={library} baseUrl={import.meta.env.BASE_URL} />
          </MessagesContext>
        </LocaleContext>
      </StrictMode>,
    );
  });
}
