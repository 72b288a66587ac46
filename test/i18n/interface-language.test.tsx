/**
 * The app's frame in Russian and Persian has no English left: every visible text, accessible name,
 * title and value text is checked against the English catalogue and for stray English words, once
 * the story's own words (which keep their language) are taken out.
 */
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StandardLayout } from '../../src/app/StandardLayout';
import { englishMessages, loadMessages } from '../../src/i18n/load-messages';
import type { Locale } from '../../src/i18n/locale';
import { Legend } from '../../src/map/Legend';
import { StoreProvider } from '../../src/state/store-context';
import { LocaleContext, MessagesContext } from '../../src/ui/messages-context';
import { storeWithStory } from '../fixtures/load-fixture';
import { miniStoryData } from '../fixtures/load-fixture';

vi.mock('../../src/map/MapView', async () => {
  const { Legend: MapLegend } = await import('../../src/map/Legend');
  return { MapView: () => <MapLegend /> };
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Names that are the same in every language: the product, formats and licences. */
const SAME_EVERYWHERE = /\b(Dateline|JSON|PNG|GeoNames|Natural Earth|CC BY|UTC|WebGL)\b/g;

/** Every string the story file holds: these keep the story's language. */
function storyStrings(data: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string' && value.length >= 2) found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(data);
  return found.sort((a, b) => b.length - a.length);
}

/** The English catalogue's plain strings that another language must not show. */
function englishStrings(): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string' && /[A-Za-z]{3}/.test(value)) found.push(value.trim());
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(englishMessages);
  return found.filter((text) => text.replace(SAME_EVERYWHERE, '').match(/[A-Za-z]{3}/));
}

/** What the page says: text nodes and the attributes assistive technology and tooltips read. */
function pageTexts(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim()) texts.push(node.textContent.trim());
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'aria-valuetext', 'placeholder', 'alt']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  return texts;
}

async function renderIn(locale: Locale) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
  const store = storeWithStory();
  const messages = await loadMessages(locale);
  const view = render(
    <LocaleContext value={locale}>
      <MessagesContext value={messages}>
        <StoreProvider store={store}>
          <StandardLayout />
        </StoreProvider>
      </MessagesContext>
    </LocaleContext>,
  );
  act(() => store.getState().select('joint-exercise', 'list'));
  return view.container;
}

/** The page's texts with the story's own words and the names shared by all languages removed. */
function chromeTexts(root: HTMLElement): string[] {
  const story = storyStrings(miniStoryData());
  return pageTexts(root).map((text) =>
    story.reduce((rest, own) => rest.replaceAll(own, ''), text).replace(SAME_EVERYWHERE, ''),
  );
}

describe.each<Locale>(['ru', 'fa'])('the interface in %s', (locale) => {
  it('shows no message of the English catalogue', async () => {
    const root = await renderIn(locale);
    const english = new Set(englishStrings());
    const left = pageTexts(root).filter((text) => english.has(text));
    expect(left).toEqual([]);
  });

  it('leaves no English word in the frame around the story', async () => {
    const root = await renderIn(locale);
    const left = chromeTexts(root).filter((text) => /[A-Za-z]{3}/.test(text));
    expect(left).toEqual([]);
  });
});

describe('the English catalogue scan', () => {
  it('finds English in an English page, so the scan can fail', async () => {
    const root = await renderIn('en');
    expect(chromeTexts(root).filter((text) => /[A-Za-z]{3}/.test(text)).length).toBeGreaterThan(10);
  });
});

describe('a legend outside the layout', () => {
  it('names the built-in kinds in Persian', async () => {
    const store = storeWithStory();
    const messages = await loadMessages('fa');
    const view = render(
      <MessagesContext value={messages}>
        <StoreProvider store={store}>
          <Legend />
        </StoreProvider>
      </MessagesContext>,
    );
    expect(view.container.textContent).toContain('رزمایش نظامی');
  });
});

describe('direction in Persian', () => {
  it('keeps the timeline axis and its sliders left to right', async () => {
    const root = await renderIn('fa');
    const axis = root.querySelector('.timeline-axis');
    expect(axis).toHaveAttribute('dir', 'ltr');
    expect(axis?.querySelector('[role="slider"]')).not.toBeNull();
  });

  it('lets the story’s own text take its own direction', async () => {
    const root = await renderIn('fa');
    const title = root.querySelector('#details-title');
    expect(title).toHaveAttribute('dir', 'auto');
  });
});
