import { describe, expect, it } from 'vitest';
import {
  embedCode,
  embedUrl,
  escapeAttribute,
  fullStoryUrl,
  type EmbedCodeOptions,
} from '../../src/embed/embed-code';
import { parseUrlState } from '../../src/state/url-state';

const PAGE = 'https://maps.example/dateline/?event=old#top';
const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

function options(overrides: Partial<EmbedCodeOptions> = {}): EmbedCodeOptions {
  return {
    pageUrl: PAGE,
    link: {
      story: 'csto-2021',
      event: 'csto-exercises',
      from: day('2021-10-18'),
      to: day('2021-10-24'),
      view: { lon: 69.5, lat: 37.5, zoom: 5 },
    },
    title: 'Drills on the border',
    summary: 'Six days of exercises.',
    theme: 'light',
    controls: true,
    size: 'medium',
    resize: false,
    scriptUrl: 'https://maps.example/dateline/embed/dateline-resize.js',
    ...overrides,
  };
}

/** The iframe's attributes, unescaped as an HTML parser would. */
function frameOf(code: string): ReadonlyMap<string, string> {
  const tag = /<iframe\b[^>]*>/.exec(code)?.[0] ?? '';
  const attributes = new Map<string, string>();
  for (const [, name = '', value = ''] of tag.matchAll(/([a-z-]+)="([^"]*)"/g)) {
    attributes.set(
      name,
      value
        .replaceAll('&quot;', '"')
        .replaceAll('&#39;', "'")
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&amp;', '&'),
    );
  }
  return attributes;
}

describe('the embed URL', () => {
  it('is the app page in embed mode with the view, without the old query or hash', () => {
    const url = new URL(embedUrl(PAGE, options().link, 'light', true));
    expect(url.origin + url.pathname).toBe('https://maps.example/dateline/');
    expect(url.hash).toBe('');
    const { state } = parseUrlState(url.search);
    expect(state).toMatchObject({
      mode: 'embed',
      story: 'csto-2021',
      event: 'csto-exercises',
      from: day('2021-10-18'),
      to: day('2021-10-24'),
      view: { lon: 69.5, lat: 37.5, zoom: 5 },
    });
  });

  it('carries the dark theme and controls off', () => {
    const { state } = parseUrlState(new URL(embedUrl(PAGE, {}, 'dark', false)).search);
    expect(state).toMatchObject({ theme: 'dark', controls: false });
  });

  it('leaves the light theme and controls on as defaults', () => {
    const { state } = parseUrlState(
      new URL(embedUrl(PAGE, { theme: 'dark', controls: false }, 'light', true)).search,
    );
    expect(state.theme).toBeUndefined();
    expect(state.controls).toBeUndefined();
  });
});

describe('the full-story URL', () => {
  it('drops the embed-only keys and keeps the view', () => {
    const url = fullStoryUrl(PAGE, {
      event: 'csto-exercises',
      mode: 'embed',
      controls: false,
      origin: ['https://news.example'],
      theme: 'dark',
    });
    const { state } = parseUrlState(new URL(url).search);
    expect(state).toEqual({ event: 'csto-exercises', theme: 'dark' });
  });
});

describe('escaping', () => {
  it('escapes every character that could end or open an attribute', () => {
    expect(escapeAttribute(`a"b'c<d>e&f`)).toBe('a&quot;b&#39;c&lt;d&gt;e&amp;f');
  });
});

describe('the embed code', () => {
  it('is an iframe titled by the story, lazy, full width and 480 high by default', () => {
    const frame = frameOf(embedCode(options()));
    expect(frame.get('title')).toBe('Drills on the border: map and timeline');
    expect(frame.get('loading')).toBe('lazy');
    expect(frame.get('height')).toBe('480');
    expect(frame.get('style')).toContain('width:100%');
    expect(frame.get('allow')).toBe('fullscreen');
    expect(frame.get('referrerpolicy')).toBe('strict-origin-when-cross-origin');
  });

  it('gives the small size a fixed 300 × 250', () => {
    const frame = frameOf(embedCode(options({ size: 'small' })));
    expect(frame.get('width')).toBe('300');
    expect(frame.get('height')).toBe('250');
  });

  it('points the frame at the current view in embed mode, with & escaped', () => {
    const code = embedCode(options({ theme: 'dark' }));
    expect(code).toContain('&amp;event=csto-exercises');
    const src = frameOf(code).get('src') ?? '';
    expect(parseUrlState(new URL(src).search).state).toMatchObject({
      mode: 'embed',
      event: 'csto-exercises',
      theme: 'dark',
      view: { lon: 69.5, lat: 37.5, zoom: 5 },
    });
  });

  it('escapes a hostile title in the attribute and in the text', () => {
    const title = `"><script>alert(1)</script><b title='x'>`;
    const code = embedCode(options({ title, summary: '<img src=x onerror=alert(1)>' }));
    expect(code).not.toContain('<script>');
    expect(code).not.toContain('<img');
    expect(frameOf(code).get('title')).toBe(`${title}: map and timeline`);
  });

  it('keeps a caption with a link to the story and its summary, for places without frames', () => {
    const code = embedCode(options());
    expect(code).toMatch(/<figure class="dateline-embed"[^>]*>\s*<iframe/);
    expect(code).toContain('<p><a href="https://maps.example/dateline/?story=csto-2021');
    expect(code).toContain('>Drills on the border</a></p>');
    expect(code).toContain('<p>Six days of exercises.</p>');
    expect(code).toMatch(/<\/iframe>\s*<figcaption>/);
  });

  it('adds the resize script only when asked', () => {
    expect(embedCode(options())).not.toContain('<script');
    expect(embedCode(options({ resize: true }))).toContain(
      '<script src="https://maps.example/dateline/embed/dateline-resize.js" async></script>',
    );
  });
});
