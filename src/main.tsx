/** Entry: read the URL, build the store, load the story, render. */
// First: schemas built after this line parse without eval (Content Security Policy).
import './story/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans/400-italic.css';
import { App } from './app/App';
import { startStory } from './app/start-story';
import { StoreProvider } from './state/store-context';

const { store } = startStory(
  window.location.search,
  import.meta.env.BASE_URL,
  window.location.href,
);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
