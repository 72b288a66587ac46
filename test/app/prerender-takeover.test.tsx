import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  prerenderFits,
  searchForPage,
  takeOverPrerender,
  useFirstViewSignal,
} from '../../src/app/prerender-takeover';

function pageWithPrerender(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = '<div class="prerendered" data-story="csto-2021"><h1>Drills</h1></div>';
  document.body.append(root);
  return root;
}

function Signal({ settled }: { settled: boolean }) {
  useFirstViewSignal(settled);
  return null;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('which links the prerendered view fits', () => {
  it('fits a plain link, a link naming the story, and one with a camera or theme', () => {
    expect(prerenderFits('', 'csto-2021', 'en')).toBe(true);
    expect(prerenderFits('?story=csto-2021&view=69.5,37.5,5&theme=dark', 'csto-2021', 'en')).toBe(
      true,
    );
  });

  it('does not fit another story, an event, a window, another mode or language', () => {
    for (const search of [
      '?story=other',
      '?event=csto-exercises',
      '?from=2021-10-18&to=2021-10-23',
      '?mode=embed',
      '?library',
    ]) {
      expect(prerenderFits(search, 'csto-2021', 'en'), search).toBe(false);
    }
    expect(prerenderFits('', 'csto-2021', 'ru')).toBe(false);
  });
});

describe("a mode page's link", () => {
  it("names the page's mode when the link names none", () => {
    expect(searchForPage('', 'embed')).toBe('?mode=embed');
    expect(searchForPage('?', 'present')).toBe('?mode=present');
    expect(searchForPage('?story=bench%2Fx.json&theme=dark', 'embed')).toBe(
      '?story=bench%2Fx.json&theme=dark&mode=embed',
    );
  });

  it("leaves a link that names a mode, and the app's page, alone", () => {
    expect(searchForPage('?mode=app', 'embed')).toBe('?mode=app');
    expect(searchForPage('?mode=presenter&step=2', 'present')).toBe('?mode=presenter&step=2');
    expect(searchForPage('?theme=dark', 'app')).toBe('?theme=dark');
  });

  it('writes the mode into the address as it takes a mode page over', () => {
    const root = document.createElement('div');
    root.innerHTML = '<div class="prerendered" data-story="csto-2021" data-mode="embed"></div>';
    document.body.append(root);
    window.history.replaceState(null, '', '/embed.html');
    const live = takeOverPrerender(root, '', 'en');
    expect(window.location.search).toBe('?mode=embed');
    // The link now fits the embed's first view, so the app renders beside it.
    expect(live).not.toBe(root);
    window.history.replaceState(null, '', '/');
  });
});

describe('taking over the prerendered view', () => {
  it('renders beside it, hidden, and swaps when the first view is in place', () => {
    const root = pageWithPrerender();
    const live = takeOverPrerender(root, '', 'en');
    expect(live).not.toBe(root);
    expect(live.hidden).toBe(true);
    expect(root.querySelector('.prerendered')).not.toBeNull();
    render(<Signal settled={false} />);
    expect(live.hidden).toBe(true);
    render(<Signal settled />);
    expect(live.hidden).toBe(false);
    expect(root.querySelector('.prerendered')).toBeNull();
  });

  it('moves the still map and the still timeline into the app’s empty slots for them', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<div class="prerendered" data-story="csto-2021">' +
      '<div class="first-map-slot"><div class="first-map">map</div></div>' +
      '<div class="first-axis-slot"><svg class="first-axis"></svg></div></div>';
    document.body.append(root);
    const live = takeOverPrerender(root, '', 'en');
    live.innerHTML = '<div class="first-map-slot"></div><div class="first-axis-slot"></div>';
    render(<Signal settled />);
    expect(live.querySelector('.first-map-slot > .first-map')).not.toBeNull();
    expect(live.querySelector('.first-axis-slot > .first-axis')).not.toBeNull();
  });

  it('drops it at once for a link that asks for another view', () => {
    const root = pageWithPrerender();
    expect(takeOverPrerender(root, '?story=other', 'en')).toBe(root);
    expect(root.querySelector('.prerendered')).toBeNull();
  });
});

describe('what the reader did before the app ran', () => {
  function prerenderedRows(root: HTMLElement): void {
    root.innerHTML =
      '<div class="prerendered" data-story="csto-2021"><ul><li><button>Drills</button></li>' +
      '<li><button>Talks</button></li></ul></div>';
  }

  it('keeps the focus on the same control once the app shows', () => {
    const root = pageWithPrerender();
    prerenderedRows(root);
    const live = takeOverPrerender(root, '', 'en');
    live.innerHTML = '<ul><li><button>Drills</button></li><li><button>Talks</button></li></ul>';
    root.querySelectorAll<HTMLButtonElement>('.prerendered button')[1]?.focus();
    render(<Signal settled />);
    expect(document.activeElement?.textContent).toBe('Talks');
    expect(live.contains(document.activeElement)).toBe(true);
  });

  it('acts on a button tapped while the scripts loaded', () => {
    const root = pageWithPrerender();
    prerenderedRows(root);
    const live = takeOverPrerender(root, '', 'en');
    live.innerHTML = '<ul><li><button>Drills</button></li><li><button>Talks</button></li></ul>';
    const taps: string[] = [];
    live.addEventListener('click', (event) => {
      if (event.target instanceof HTMLElement) taps.push(event.target.textContent ?? '');
    });
    root.querySelector<HTMLButtonElement>('.prerendered button')?.click();
    expect(taps).toEqual([]);
    render(<Signal settled />);
    expect(taps).toEqual(['Drills']);
  });

  it('leaves alone a place where the app has another kind of control', () => {
    const root = pageWithPrerender();
    prerenderedRows(root);
    const live = takeOverPrerender(root, '', 'en');
    live.innerHTML = '<ul><li><span>Drills</span></li></ul>';
    root.querySelector<HTMLButtonElement>('.prerendered button')?.click();
    render(<Signal settled />);
    expect(document.activeElement).toBe(document.body);
  });
});
