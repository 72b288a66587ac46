/**
 * Entry of the single-file briefing (npm run build:briefing): the app as src/main.tsx starts it,
 * but with the story and the basemap taken from inside the page, because a file opened from a
 * USB stick (file://) can fetch nothing.
 */
// First: schemas built after this line parse without eval (Content Security Policy).
import '../story/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans/400-italic.css';
import { App } from '../app/App';
import { startStory } from '../app/start-story';
import { BasemapDataProvider } from '../map/basemap-data';
import { loadMessages } from '../i18n/load-messages';
import { setPageLanguage } from '../app/page-language';
import { StoreProvider } from '../state/store-context';
import { LocaleContext, MessagesContext } from '../ui/messages-context';
import type { Problem } from '../story/problem';
import { briefingLocale } from './briefing-locale';
import { INLINE_DATA_ELEMENT_ID, parseInlineDataText, readInlineData } from './inline-data';

const read = readInlineData(
  parseInlineDataText(document.getElementById(INLINE_DATA_ELEMENT_ID)?.textContent),
);
const { store, loaded } = startStory(
  window.location.search,
  import.meta.env.BASE_URL,
  window.location.href,
  read.ok ? read.data.story : { id: '', text: '' },
);
const locale = briefingLocale(
  window.location.search,
  read.ok ? read.data.lang : undefined,
  navigator.languages,
);
setPageLanguage(locale);

// A damaged file still opens and says what is wrong; it never falls back to fetching.
if (!read.ok) {
  const problems: Problem[] = [{ path: '', code: 'text', text: read.message }];
  void loaded.then(() => store.getState().storyLoaded({ ok: false, problems }));
}

const root = document.getElementById('root');
if (root) {
  void loadMessages(locale).then((messages) =>
    createRoot(root).render(
      <StrictMode>
        <LocaleContext value={locale}>
          <MessagesContext value={messages}>
            <StoreProvider store={store}>
              <BasemapDataProvider value={read.ok ? read.data.geo : undefined}>
                <App />
              </BasemapDataProvider>
            </StoreProvider>
          </MessagesContext>
        </LocaleContext>
      </StrictMode>,
    ),
  );
}
