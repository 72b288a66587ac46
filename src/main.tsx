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
import { createStoryLibrary } from './library/story-library';

const library = createStoryLibrary();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Shell library={library} baseUrl={import.meta.env.BASE_URL} />
    </StrictMode>,
  );
}
