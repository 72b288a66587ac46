import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  prerenderFits,
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

  it('drops it at once for a link that asks for another view', () => {
    const root = pageWithPrerender();
    expect(takeOverPrerender(root, '?story=other', 'en')).toBe(root);
    expect(root.querySelector('.prerendered')).toBeNull();
  });
});
