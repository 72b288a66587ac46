/** Entry: the shell reads the URL and shows the start screen or a story, each with its own store. */
// First: schemas built after this line parse without eval (Content Security Policy).
import './story/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans/400-italic.css';
import { Shell } from './app/Shell';
import { loadMessages } from './i18n/load-messages';
import { directionOf, pickLocale } from './i18n/locale';
import { createStoryLibrary } from './library/story-library';
import { LocaleContext, MessagesContext } from './ui/messages-context';

const library = createStoryLibrary();

// The interface's language: the link's `lang=`, else the browser's. The story's own text keeps
// its language (its elements carry their own `lang` and `dir`).
const locale = pickLocale(
  new URLSearchParams(window.location.search).get('lang') ?? undefined,
  navigator.languages,
);
document.documentElement.lang = locale;
document.documentElement.dir = directionOf(locale);

const root = document.getElementById('root');
if (root) {
  const mount = root;
  void loadMessages(locale).then((messages) => {
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
