/**
 * The start screen (`?library`): open a story file, the stories kept in this browser, and the
 * stories that ship with Dateline. Files dropped anywhere on the page open too (the shell).
 */
import { useId } from 'react';
import { useDocumentTheme } from '../app/use-document-theme';
import { useShell } from '../app/shell-context';
import { ShellNotices } from '../app/ShellNotices';
import type { Theme } from '../state/url-state';
import type { KindLook } from '../story/kind-looks';
import { DraftButton } from './DraftButton';
import { KeptStories } from './KeptStories';
import { OpenFileButton } from './OpenFileButton';
import { SHIPPED_STORIES } from './shipped-stories';
import { StoryLink } from './StoryLink';
import '../app/theme.css';
import './start.css';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/start';

const NO_KINDS: readonly KindLook[] = [];

export default function StartScreen({ theme }: { theme: Theme }) {
  // No story, so no kinds: the theme alone.
  useDocumentTheme(theme, NO_KINDS);
  const shell = useShell();
  const ids = useId();
  const m = useMessages().start;
  if (!shell) return null;
  return (
    <div className="start">
      <header className="start__head">
        <p className="masthead__brand">Dateline</p>
        <h1 className="start__title">{m.title}</h1>
        <p className="start__intro">{m.intro}</p>
        <div className="start__open">
          <OpenFileButton onFile={shell.openFile} />
          <span className="start__hint">{m.dropHint}</span>
          <DraftButton />
        </div>
      </header>
      <div className="start__notices">
        <ShellNotices />
      </div>
      <main className="start__main">
        <section className="start__section" aria-labelledby={`${ids}-kept`}>
          <h2 id={`${ids}-kept`} className="start__section-title">
            {m.kept}
          </h2>
          <KeptStories shell={shell} headingId={`${ids}-kept`} />
        </section>
        <section className="start__section" aria-labelledby={`${ids}-shipped`}>
          <h2 id={`${ids}-shipped`} className="start__section-title">
            {m.shipped}
          </h2>
          <ul className="story-list" aria-labelledby={`${ids}-shipped`}>
            {SHIPPED_STORIES.map((story) => (
              <li key={story.id} className="story-card">
                <h3 className="story-card__title">
                  <StoryLink
                    href={shell.storyHref(story.id)}
                    onOpen={() => shell.openStory(story.id)}
                  >
                    {story.title}
                  </StoryLink>
                </h3>
                <p className="story-card__summary" dir="auto">
                  {story.summary}
                </p>
                <p className="story-card__meta">{m.events(story.eventCount)}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
