/**
 * The story's first view as HTML, rendered at build time (scripts/prerender.mjs, through Vite's
 * SSR loader) with the same components the app renders, so a reader reads the title, summary,
 * dates, events and the selected event's excerpts before any script runs. The map and the
 * timeline are still drawings (FirstMap, StillAxis) in boxes of their final size; the app
 * replaces this markup with its own once the story is on screen (see prerender-takeover.ts).
 * Build-time only: the app never imports this file.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { noscript as englishNoscript } from '../i18n/en/noscript';
import { noscript as persianNoscript } from '../i18n/fa/noscript';
import { createFormatter } from '../i18n/format';
import { directionOf, LOCALES, type Locale } from '../i18n/locale';
import { noscript as russianNoscript } from '../i18n/ru/noscript';
import { englishMessages } from '../i18n/load-messages';
import { createStoryLibrary } from '../library/story-library';
import { FIRST_MAP } from '../map/first-map-slot';
import { FirstMap } from '../map/FirstMap';
import { FirstMapContext } from '../map/first-map-slot';
import { loadHandoutGeo, type GeoFileReader } from '../map/static-map-geo';
import { firstMapDarkCss } from '../map/still-map-palette';
import { storyFocus } from '../map/story-focus';
import { parseStoryText } from '../story/parse-story';
import { selectKindTable } from '../state/selectors';
import { createDatelineStore, type DatelineState } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { parseUrlState } from '../state/url-state';
import { storyAxisGeometry, type AxisGeometry } from '../timeline/axis-geometry';
import { storyMarks } from '../timeline/event-layout';
import { FirstAxisContext } from '../timeline/first-axis-slot';
import { StillAxis } from '../timeline/StillAxis';
import { stillAxisDrawing } from '../timeline/still-axis';
import { stillAxisCss } from '../timeline/still-axis-css';
import { openAxis } from '../timeline/timeline-actions';
import { MessagesContext } from '../ui/messages-context';
import { App } from './App';
import { kindProperties } from './kind-properties';
import { ShellContext, type Shell } from './shell-context';
import { systemDarkCss, systemDarkRoot } from './system-dark';
import themeCss from './theme.css?raw';
import mapViewCss from '../map/map-view.css?raw';
import presentCss from '../present/present.css?raw';
import '../i18n/lazy/problems';

/** The shell's controls as the page shows them before the app runs: present, and inert. */
function staticShell(storyRef: string): Shell {
  const nothing = () => undefined;
  return {
    // Opened on first use only, which a prerender never reaches.
    library: createStoryLibrary(),
    libraryHref: '?library',
    storyHref: (ref) => `?story=${encodeURIComponent(ref)}`,
    showLibrary: nothing,
    openStory: nothing,
    openFile: nothing,
    openDraft: nothing,
    exportStory: nothing,
    exportBriefing: nothing,
    currentRef: storyRef,
    busy: undefined,
    notices: [],
    dismissNotice: nothing,
    editStory: nothing,
    stopEditing: nothing,
    storySaved: nothing,
  };
}

export type PrerenderResult =
  { ok: true; html: string; css: string } | { ok: false; message: string };

export interface PrerenderOptions {
  /** The link the view is for ("?mode=embed"); "" for the standard layout. */
  readonly search?: string;
  /** Reads the basemap's files (public/geo/) for the still first map; none, no map drawn. */
  readonly geo?: GeoFileReader;
}

/** Waits for a web stream's text to end. */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of stream) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/**
 * A shipped story as the app first shows it with a plain link, or with `search` (a mode): the
 * layout's code is awaited (the modes load lazily in the app), so the page holds its text.
 */
export async function prerenderStory(
  storyRef: string,
  text: string,
  { search = '', geo }: PrerenderOptions = {},
): Promise<PrerenderResult> {
  const parsed = parseStoryText(text);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    // Build-time only (scripts): said in English.
    return { ok: false, message: first ? englishMessages.problems.describe(first) : 'not a story' };
  }
  const store = createDatelineStore(parseUrlState(search).state, 'light');
  store.getState().storyLoaded(parsed);
  openAxis(store, parsed.story);
  // A presentation opens at its first step (use-first-step.ts, an effect a server render skips).
  if (store.getState().settings.mode === 'present' && parsed.story.steps.length > 0) {
    store.getState().goToStep(0);
  }
  // A server render reads zustand's initial state (useSyncExternalStore's server snapshot):
  // make it the loaded story.
  const loaded = store.getState();
  store.getInitialState = () => loaded;
  const basemap = geo && (await loadHandoutGeo(geo, storyFocus(parsed.story)));
  const { prelude } = await prerender(
    <MessagesContext value={englishMessages}>
      <ShellContext.Provider value={staticShell(storyRef)}>
        <StoreProvider store={store}>
          <FirstMapContext value={basemap && <FirstMap geo={basemap} />}>
            <FirstAxisContext value={stillAxis}>
              <App />
            </FirstAxisContext>
          </FirstMapContext>
        </StoreProvider>
      </ShellContext.Provider>
    </MessagesContext>,
  );
  const html = await readAll(prelude);
  // The kind colours the app puts on <html> at run time (use-document-theme.ts), as a stylesheet:
  // the page's policy allows no inline style. Ids and colours are checked by the story's schema.
  const kinds = selectKindTable(loaded).kinds;
  const declare = (theme: 'light' | 'dark') =>
    Object.entries(kindProperties(theme, kinds))
      .map(([name, value]) => `${name}:${value};`)
      .join('');
  // In the system's dark mode the page is dark before the app runs (system-dark.ts), and so are
  // its kind colours and its still map (still-map-palette.ts).
  // A link's ?theme=dark is on <html> before the page is painted (public/theme-from-link.js).
  const css = [
    `:root{${declare('light')}}`,
    `:root[data-theme='dark']{${declare('dark')}}`,
    systemDarkCss([themeCss, presentCss, mapViewCss]),
    systemDarkRoot(declare('dark')),
    ...(basemap ? [firstMapDarkCss(`.${FIRST_MAP}`)] : []),
    stillTimelineCss(loaded),
  ].join('\n');
  return { ok: true, html, css: `${css}\n` };
}

/**
 * The rules that show the still timeline's layout for its axis's width (still-axis-css.ts): for
 * the drawing StillAxis makes of the same story, axis and language.
 */
function stillTimelineCss({ story, axis }: DatelineState): string {
  if (!story) return '';
  const marks = storyMarks(story);
  const drawing = stillAxisDrawing(marks, axis, storyAxisGeometry(marks), 'en');
  return drawing ? stillAxisCss(drawing) : '';
}

/** The timeline's marks and ticks, drawn into its first-axis slot. */
const stillAxis = (geometry: AxisGeometry) => <StillAxis geometry={geometry} />;

const NOSCRIPT = { en: englishNoscript, ru: russianNoscript, fa: persianNoscript } as const;

/**
 * The built pages' <noscript>: what the page says where scripts do not run, in every interface
 * language, each with its language and direction. A static page cannot know its reader's
 * language (no script reads `?lang=` or the browser's languages there), so it says it in all.
 */
export function noscriptHtml(): string {
  const says = (locale: Locale) => NOSCRIPT[locale](createFormatter(locale)).needsScripts;
  return renderToStaticMarkup(
    <noscript>
      {LOCALES.map((locale) => (
        <p key={locale} lang={locale} dir={directionOf(locale)}>
          {says(locale)}
        </p>
      ))}
    </noscript>,
  );
}
