/**
 * The first view: the story's words are in the HTML the server sends, readable with scripts off;
 * the app takes that view over without moving it; and what the page fetches before it can run
 * stays within budget. Screenshots (with and without scripts) go to test-results/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstLoadBytes } from '../../scripts/first-load.mjs';
import { draft } from '../../src/i18n/en/draft';
import { editor } from '../../src/i18n/en/editor';
import { embed } from '../../src/i18n/en/embed';
import { imports } from '../../src/i18n/en/imports';
import { noscript as englishNoscript } from '../../src/i18n/en/noscript';
import { noscript as persianNoscript } from '../../src/i18n/fa/noscript';
import { noscript as russianNoscript } from '../../src/i18n/ru/noscript';
import { present } from '../../src/i18n/en/present';
import { problems } from '../../src/i18n/en/problems';
import { start } from '../../src/i18n/en/start';
import { createFormatter } from '../../src/i18n/format';
import { mercatorX, mercatorY, worldPx } from '../../src/geo/mercator';
import { inLatinFace } from '../../src/map/latin-glyphs';
import { baseUrl, startChromium, waitForMap } from './driver';
import { serveStatic } from './static-server';

const enabled = baseUrl() !== '';
const browser = startChromium();
const DIST = process.env.DATELINE_DIST ?? 'dist';

/**
 * The first-load ceiling for JavaScript and CSS, gzip: a ratchet at what main reaches (268 KB
 * before issue 8's work, 137 KB after it, 148 KB once the interface's English catalogue (10 KB)
 * and the editor's and draft's entry points joined, 119.7 KB once zod (26 KB) and the story's
 * parser moved to a worker and the library's storage code loaded on its first use, 124.5 KB when
 * that met the rest of the stop's work on main). 118.9 KB once the catalogue's areas for the
 * editor, the draft dialog, the start screen, the modes, the problems and imports loaded with
 * what uses them (src/i18n/lazy-areas.ts): issue 8's aim of 120 KB is met. 120.8 KB when that
 * met the header's fold, the window index and the still map's dark palette; 117.5 KB once the
 * article reader and file reading loaded on first use. 118.2 KB once the link's ?theme came before
 * the first paint (a 0.2 KB script in <head>, now counted) and a big story's map engine learned to
 * wait for its text (the story's size and the time-window index are read before the first
 * render): raised to 118.5 KB for those, still under the aim. 118.6 KB (0.35 KB more) once a big
 * story's timeline marks were built in slices and drawn after its text (no long task in its first
 * view). 118.9 KB (0.3 KB more) once a time-window step stopped walking every event for the
 * step buttons (a per-story search index) and the permalink stopped rewriting itself on each step.
 * 119.0 KB once a Persian font shipped: its @font-face rule (0.12 KB) is in every page so that
 * Persian story text in any interface uses it (the font file itself loads only for such text).
 * 119.1 KB once each Noto Sans face said its unicode-range (0.07 KB of CSS): without them the
 * default English page fetched 12 font files, 317 KB, where it needs 4 Latin ones, 54 KB.
 * 119.5 KB (0.45 KB more) once a big story's window index was built in slices before its first
 * render (the slicing helper, 0.23 KB, now loads first) and its map data in slices after it.
 * 113.6 KB once the modules the entry imports were bundled as one chunk (vite.config.ts): one
 * file compresses better than 25 small ones. 113.8 KB (0.16 KB more) once a big story's checked
 * events came back from the parse worker as JSON text, sent while the rest are checked and put
 * in story order on the page (parse-replies.ts, story-parser.ts). 114.1 KB (0.23 KB more) once a
 * big story's title and summary show while its events are checked (the worker's head message,
 * read and passed to the masthead and the About panel: parse-replies.ts, story-parser.ts,
 * load-story.ts, selectors.ts). 114.2 KB (0.07 KB more) once the still map's SVG is hidden from
 * the first frame, so the text is on screen before the map's slow raster (prerender.mjs,
 * MAP_AFTER_TEXT: the title painted at 472 ms against about 1.2-1.3 s, bench.mjs). 114.3 KB
 * (0.06 KB more) once the prerendered time window's handles stayed hidden until the app places
 * them (TimelineAxis.tsx, data-unplaced: the build put them at the strip's left end, a window
 * the page did not show). 114.5 KB (0.2 KB more) once the timeline's marks were drawn in the
 * HTML (StillAxis.tsx): the kind colours of its marks in the first view's stylesheet, the rules
 * that follow the theme (first-axis.css), and the window placed in percent until the axis has a
 * width (WindowOverlay.tsx), which replaced data-unplaced. 114.8 KB (0.2 KB more) once the still
 * timeline showed the canvas's layout for its width (still-axis-css.ts): a container query per
 * layout in the first view's stylesheet, so its ticks, labels and lanes do not change when the
 * canvas takes over. 114.9 KB (0.14 KB more) once embed.html and present.html opened without
 * `mode` show their own mode (searchForPage in prerender-takeover.ts), where they showed the app
 * and dropped their first view. Lower it as the first load shrinks; never raise it without
 * saying why.
 */
const FIRST_LOAD_BUDGET = 114.9 * 1024;

/**
 * The ceiling for each first-view page's HTML, gzip: a ratchet. All of it is parsed before the
 * story's text paints (render-blocking up to #first-view-end). 37.8 KB (index.html) while the
 * still map drew its whole basemap in absolute px to 0.1; 20.1 KB once its shapes were cut to
 * what a map box can show and written as whole-px steps. index.html was 19.6 KB, then 19.8 KB
 * once the land was drawn as one path per polygon (StaticMapParts.tsx: stroked as one path it
 * held Chromium's GPU process for a second or more in software GL). 18.6 KB once the still map
 * showed the live map's opening view (FirstMap.tsx) rather than the story's whole region.
 * 19.7 KB (index.html 19.6 KB: 1 KB more) once the timeline's marks and ticks were drawn in it
 * (StillAxis.tsx) rather than left an empty box until the app's canvas drew them. 20.3 KB
 * (index.html 20.24 KB: 0.64 KB more) once it held the ticks and labels the canvas draws at
 * every axis width (still-axis.ts), not those of 360 px alone: at 1,920 px the canvas had
 * brought other ticks and lanes as it took over. 20.2 KB (index.html 20.12 KB: 0.23 KB less)
 * once the still map drew the live map's marks (hollow, ringed, stacked) as paths whose steps
 * repeat from mark to mark, where each mark's polygon had its own absolute points.
 */
const FIRST_VIEW_HTML_BUDGET = 20.2 * 1024;
/**
 * The first load's JavaScript files: the entry and the bundler's runtime. On HTTP/1.1 a page
 * fetches six files at a time, and the 26 files this once was held the first paint back.
 */
const FIRST_LOAD_SCRIPTS = 2;
const TITLE = 'Russia-led drills on the Tajik-Afghan border ahead of Taliban talks in Moscow';
const SIZES = [
  { width: 360, height: 740 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];

/**
 * The camera as the map reports it (its permalink's view) once a second has passed without a
 * move: a presentation's first step may be flown to.
 */
async function settledCamera(page: Page) {
  const viewOf = () => new URL(page.url()).searchParams.get('view') ?? '';
  let view = '';
  await expect
    .poll(async () => {
      const before = viewOf();
      await page.waitForTimeout(1000);
      view = viewOf();
      return view !== '' && view === before;
    })
    .toBe(true);
  const [lon = 0, lat = 0, zoom = 0] = view.split(',').map(Number);
  return { lon, lat, zoom, view };
}

declare global {
  /** Screenshots decoded in a page by pixelsPage, for the page's own comparisons. */
  var shots: (ImageData | undefined)[] | undefined;
}

/** A blank page holding the pixels of PNG screenshots (base64) in `shots`, in order. */
async function pixelsPage(pngs: readonly string[]): Promise<Page> {
  const page = await browser().newPage();
  await page.evaluate(async (images) => {
    globalThis.shots = await Promise.all(
      images.map(async (png) => {
        const bitmap = await createImageBitmap(
          await (await fetch(`data:image/png;base64,${png}`)).blob(),
        );
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context?.drawImage(bitmap, 0, 0);
        return context?.getImageData(0, 0, bitmap.width, bitmap.height);
      }),
    );
  }, pngs);
  return page;
}

/** Opens the app (served at `base`) with layout shifts recorded from the first frame. */
async function openRecordingShifts(
  chromium: Browser,
  viewport: { width: number; height: number },
  path = '',
  prepare: (page: Page) => Promise<void> = async () => undefined,
  base = baseUrl(),
) {
  const context = await chromium.newContext({ viewport });
  await context.addInitScript(() => {
    const shifts: { value: number; moved: string[] }[] = [];
    Object.assign(window, { layoutShifts: shifts });
    /** A node as a reader of the failure can find it: its tag, class and box's change. */
    const describe = (source: unknown): string => {
      if (typeof source !== 'object' || source === null) return '?';
      const node = 'node' in source ? source.node : null;
      const name =
        node instanceof Element
          ? `${node.tagName.toLowerCase()}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}`
          : node instanceof Node
            ? `${node.nodeName} in ${node.parentElement?.tagName.toLowerCase() ?? '?'}.${node.parentElement?.className ?? ''}`
            : 'a removed node';
      const box = (rect: unknown) =>
        rect instanceof DOMRectReadOnly
          ? `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`
          : '?';
      const before = 'previousRect' in source ? box(source.previousRect) : '?';
      const after = 'currentRect' in source ? box(source.currentRect) : '?';
      return `${name} ${before} → ${after}`;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (
          'value' in entry &&
          typeof entry.value === 'number' &&
          !('hadRecentInput' in entry && entry.hadRecentInput === true)
        ) {
          const sources = 'sources' in entry && Array.isArray(entry.sources) ? entry.sources : [];
          shifts.push({ value: entry.value, moved: sources.map(describe) });
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  await prepare(page);
  await page.goto(`${base}${path}`);
  return { context, page };
}

/**
 * The built app served with each page's HTML stopping for 1.5 s just after `after`: the browser
 * may paint the part that came, as it did on a busy CI machine, whose parser yielded mid-page.
 */
async function serveInTwoParts(after: string) {
  return serveStatic(DIST, {}, { after, ms: 1500 });
}

const Shifts = z.array(z.object({ value: z.number(), moved: z.array(z.string()) }));

/**
 * The sum of the page's layout shifts so far (recorded by openRecordingShifts), and what moved in
 * each shift, for the failure message.
 */
async function layoutShift(
  page: Page,
): Promise<{ total: number; moved: string; sources: string[] }> {
  const shifts = Shifts.parse(
    await page.evaluate(() => ('layoutShifts' in window ? window.layoutShifts : [])),
  );
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  const moved = shifts
    .map((shift) => `${shift.value.toFixed(4)}: ${shift.moved.join('; ') || 'no source named'}`)
    .join('\n');
  return { total, moved: `layout shifts:\n${moved}`, sources: shifts.flatMap((s) => s.moved) };
}

/** The story's events that have a place, which the still map marks one group each. */
const PLACED_EVENTS = 19;
/** An event of the story at a point: Dushanbe, in the story's view and at its first step's. */
/**
 * An event's mark in Tashkent (the first of its two places), alone there: marks that share a
 * place (four in Dushanbe) are spread around it in a stack, on both maps.
 */
const TASHKENT = { id: 'neighbours-engage-kabul', lonLat: [69.2797, 41.3111] } as const;
const FIRST_EXCERPT = 'A security bloc formed after the collapse of the Soviet Union';

/** The pages of the other modes, and how large the frames or screens that show them are. */
const MODE_PAGES = [
  { name: 'embed', path: 'embed.html?mode=embed', viewport: { width: 300, height: 250 } },
  { name: 'embed', path: 'embed.html?mode=embed', viewport: { width: 600, height: 400 } },
  { name: 'present', path: 'present.html?mode=present', viewport: { width: 1920, height: 1080 } },
  { name: 'present', path: 'present.html?mode=present', viewport: { width: 1024, height: 768 } },
];

describe.skipIf(!enabled)('the first view', () => {
  it(`sends at most ${FIRST_LOAD_BUDGET / 1024} KB of JavaScript and CSS before the app runs`, () => {
    const { files, total } = firstLoadBytes(DIST);
    expect(files.length).toBeGreaterThan(1);
    expect(files.some((item) => /MapView|maplibre/.test(item.file))).toBe(false);
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it(`fetches at most ${FIRST_LOAD_SCRIPTS} script files before the app runs`, () => {
    const scripts = firstLoadBytes(DIST)
      .files.map((item) => item.file)
      .filter((file) => file.startsWith('assets/') && file.endsWith('.js'));
    expect(scripts.length, scripts.join(', ')).toBeGreaterThan(0);
    expect(scripts.length, scripts.join(', ')).toBeLessThanOrEqual(FIRST_LOAD_SCRIPTS);
  });

  it('asks for the map after what the first paint waits for', async () => {
    const html = await (await fetch(baseUrl())).text();
    const mapLinks = html.match(/<link[^>]*data-loads="map"[^>]*>/g) ?? [];
    expect(mapLinks.length).toBeGreaterThanOrEqual(3);
    expect(mapLinks.filter((link) => !link.includes('fetchpriority="low"'))).toEqual([]);
  });

  it('leaves the map code for the app to ask for: a module preloaded is compiled before the paint', async () => {
    for (const page of ['', 'embed.html', 'present.html']) {
      const html = await (await fetch(`${baseUrl()}${page}`)).text();
      const modules = html.match(/<link[^>]*rel="modulepreload"[^>]*>/g) ?? [];
      expect(modules.length, page).toBeGreaterThan(0);
      expect(
        modules.filter((link) => /MapView|maplibre|mercator/.test(link)),
        page,
      ).toEqual([]);
    }
  });

  it('sends none of the words of the parts that load later', () => {
    const f = createFormatter('en');
    const areas = [draft(f), editor(f), embed(f), imports(f), present(f), problems(f), start(f)];
    // Plain sentences only: the bundle may escape quotes and other marks in a string.
    const sentences = areas
      .flatMap((area) => Object.values(area))
      .filter((value) => typeof value === 'string' && /^[\w ,.:;()'-]{25,}$/.test(value));
    expect(sentences.length).toBeGreaterThan(20);
    const firstLoad = firstLoadBytes(DIST)
      .files.filter((item) => item.file.endsWith('.js'))
      .map((item) => readFileSync(join(DIST, item.file), 'utf8'))
      .join('\n');
    expect(sentences.filter((sentence) => firstLoad.includes(sentence))).toEqual([]);
  });

  it('has the title, summary, events and their dates in the HTML the server sends', async () => {
    const html = await (await fetch(baseUrl())).text();
    const words = html
      .replace(/<[^>]+>/g, ' ')
      .replaceAll('&#x27;', "'")
      .replace(/\s+/g, ' ');
    expect(words).toContain(TITLE);
    expect(words).toContain('A Russia-led security bloc began six days of military exercises');
    expect(words).toContain('Tajikistan refuses to recognise the Taliban government');
    expect(words).toContain('25 August – 18 October 2021');
  });

  for (const viewport of SIZES) {
    it(`reads with scripts off at ${viewport.width}×${viewport.height}`, async () => {
      const context = await browser().newContext({ viewport, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(baseUrl());
      await expect
        .poll(() => page.getByRole('heading', { level: 1, name: TITLE }).isVisible())
        .toBe(true);
      const events = page.getByRole('list', { name: 'Events' }).getByRole('listitem');
      expect(await events.count()).toBe(19);
      // The build knows no box width: the time window is placed in percent of the axis. It
      // opens on the whole axis, so its handles sit at the axis's two ends.
      const axis = await page.locator('.timeline-axis').boundingBox();
      const start = await page.locator('.timeline-handle-start').boundingBox();
      const end = await page.locator('.timeline-handle-end').boundingBox();
      if (!axis || !start || !end) throw new Error('no axis or window handles on the page');
      // Each handle's 44 px target reaches 8 px into the window from its edge (timeline.css).
      expect(start.x + start.width).toBeCloseTo(axis.x + 8, 0);
      expect(end.x).toBeCloseTo(axis.x + axis.width - 8, 0);
      await expect.poll(() => page.getByText('19 of 19 events').isVisible()).toBe(true);
      await page.screenshot({ path: `test-results/first-view-nojs-${viewport.width}.png` });
      await context.close();
    });

    it(`is taken over by the app without a layout shift at ${viewport.width}×${viewport.height}`, async () => {
      const { context, page } = await openRecordingShifts(browser(), viewport);
      await waitForMap(page);
      // One title, the app's: the prerendered markup is gone, the app's is shown.
      await expect.poll(() => page.locator('.prerendered').count()).toBe(0);
      expect(await page.getByRole('heading', { level: 1, name: TITLE }).count()).toBe(1);
      const { total, moved } = await layoutShift(page);
      // Chromium's "good" is 0.1; a flash or a swapped layout scores far above this.
      expect(total, moved).toBeLessThan(0.02);
      await page.screenshot({ path: `test-results/first-view-js-${viewport.width}.png` });
      await context.close();
    });
  }
  const NOSCRIPT = [
    { lang: 'en', dir: 'ltr', words: englishNoscript(createFormatter('en')).needsScripts },
    { lang: 'ru', dir: 'ltr', words: russianNoscript(createFormatter('ru')).needsScripts },
    { lang: 'fa', dir: 'rtl', words: persianNoscript(createFormatter('fa')).needsScripts },
  ];
  for (const path of ['', 'embed.html?mode=embed', 'present.html?mode=present']) {
    it(`says what needs scripts in English, Russian and Persian in ${path.split('?')[0] || 'index.html'}`, async () => {
      const context = await browser().newContext({
        viewport: { width: 1024, height: 768 },
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}${path}`);
      const said = await page.locator('noscript > p').evaluateAll((items) =>
        items.map((item) => ({
          lang: item.getAttribute('lang'),
          dir: item.getAttribute('dir'),
          words: item.textContent,
        })),
      );
      expect(said).toEqual(NOSCRIPT);
      await context.close();
    });
  }

  for (const path of ['', 'embed.html', 'present.html']) {
    it(`sends ${path || 'index.html'} in at most ${FIRST_VIEW_HTML_BUDGET / 1024} KB gzip`, async () => {
      const html = await (await fetch(`${baseUrl()}${path}`)).text();
      expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(FIRST_VIEW_HTML_BUDGET);
    });
  }

  it('draws a still map with one mark per placed event in the HTML the server sends', async () => {
    const html = await (await fetch(baseUrl())).text();
    const start = html.search(/class="first-map[ "]/);
    const map = html.slice(start, html.indexOf('</svg>', start));
    expect(start).toBeGreaterThan(0);
    expect(map.match(/<g data-event=/g)?.length).toBe(PLACED_EVENTS);
  });

  for (const path of ['embed.html?mode=embed', 'present.html?mode=present']) {
    it(`has the title, the first excerpt and the still map in ${path.split('?')[0]}`, async () => {
      const html = await (await fetch(`${baseUrl()}${path}`)).text();
      const words = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      expect(words).toContain(TITLE);
      const start = html.search(/class="first-map[ "]/);
      expect(
        html.slice(start, html.indexOf('</svg>', start)).match(/<g data-event=/g)?.length,
      ).toBe(PLACED_EVENTS);
      // The embed shows the first event's words once opened; the presentation at its first step.
      if (path.startsWith('present')) expect(words).toContain(FIRST_EXCERPT);
    });
  }

  // A mode's page opened without `mode` (a hand-typed link, a bookmark of the bare file) shows
  // that mode, with its first view kept: it once showed the app and threw the first view away.
  for (const [page, layout] of [
    ['embed.html', '.embed'],
    ['present.html', '.present'],
  ] as const) {
    it(`opens ${page} without a mode in its own mode, keeping its first view`, async () => {
      const context = await browser().newContext({ viewport: { width: 1024, height: 768 } });
      const tab = await context.newPage();
      await tab.goto(`${baseUrl()}${page}`);
      await expect.poll(() => tab.locator('.prerendered').count(), { timeout: 60_000 }).toBe(0);
      await tab.locator(layout).waitFor();
      expect(new URL(tab.url()).searchParams.get('mode')).toBe(page.replace('.html', ''));
      // The app took the first view over (a link it does not fit drops it and renders in #root).
      expect(await tab.locator('#root > .prerendered-live').count()).toBe(1);
      await context.close();
    });
  }

  it('keeps the still map over the live map until that map has drawn every event', async () => {
    const { context, page } = await openRecordingShifts(browser(), SIZES[1] ?? SIZES[0]!);
    await expect.poll(() => page.locator('.prerendered').count(), { timeout: 60_000 }).toBe(0);
    const still = await page.evaluate(
      () =>
        performance.getEntriesByName('dateline:map-ready').length > 0 ||
        document.querySelector('.prerendered-live .first-map-slot .first-map') !== null,
    );
    expect(still).toBe(true);
    await waitForMap(page);
    await expect.poll(() => page.locator('.first-map').count()).toBe(0);
    await context.close();
  });

  // The timeline's marks are in the HTML (StillAxis.tsx) and stay, moved into the app's axis, until
  // its canvas has drawn them: once an empty box until the app ran, and for a frame or more after.
  // They wait for the text's first frame, as the still map does.
  for (const viewport of [SIZES[1] ?? SIZES[0]!, SIZES[2] ?? SIZES[0]!]) {
    it(`never shows the timeline empty, from the first paint to the app's canvas, at ${viewport.width}×${viewport.height}`, async () => {
      const context = await browser().newContext({ viewport });
      await context.addInitScript(() => {
        const frames: string[] = [];
        Object.assign(window, { axisFrames: frames });
        /** What the shown axis holds in this frame: the still drawing, drawn marks, or nothing. */
        const state = (): string => {
          const axis = [...document.querySelectorAll('.timeline-axis')].find(
            (element) => element.getClientRects().length > 0,
          );
          if (!axis) return 'none';
          const still = axis.querySelector('.first-axis-slot > svg');
          // Its first frame shows the text alone (prerender.mjs, MAP_AFTER_TEXT).
          if (still) return getComputedStyle(still).visibility === 'hidden' ? 'waiting' : 'still';
          const canvas = axis.querySelector('canvas');
          if (!canvas || canvas.width === 0 || canvas.height === 0) return 'empty';
          const pixels = canvas
            .getContext('2d', { willReadFrequently: true })
            ?.getImageData(0, 0, canvas.width, canvas.height).data;
          for (let alpha = 3; pixels && alpha < pixels.length; alpha += 4)
            if (pixels[alpha] !== 0) return 'canvas';
          return 'empty';
        };
        const frame = () => {
          const now = state();
          if (frames[frames.length - 1] !== now) frames.push(now);
          if (now !== 'canvas') requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      const page = await context.newPage();
      await page.goto(baseUrl());
      const frames = () =>
        page.evaluate(() => ('axisFrames' in window ? window.axisFrames : undefined));
      await expect
        .poll(
          async () =>
            z
              .array(z.string())
              .parse(await frames())
              .at(-1),
          {
            timeout: 60_000,
          },
        )
        .toBe('canvas');
      const seen = z.array(z.string()).parse(await frames());
      const shown = seen.filter((state) => state !== 'none');
      expect(shown[0] === 'waiting' ? shown.slice(1) : shown).toEqual(['still', 'canvas']);
      await context.close();
    });
  }

  // The still timeline is worked out for every axis width (still-axis.ts): at the page's width it
  // shows the canvas's ticks, labels and lanes, so nothing moves when the canvas takes over. Once
  // it was laid out for 360 px alone, and at 1,920 px the canvas brought 10-day ticks, moved the
  // first label and put three points in other lanes (9% of the axis's pixels differed).
  for (const viewport of SIZES) {
    it(`shows, before the app runs, the timeline its canvas then draws, at ${viewport.width}×${viewport.height}`, async () => {
      const shot = async (javaScriptEnabled: boolean) => {
        const context = await browser().newContext({ viewport, javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(baseUrl());
        const axis = page.locator('.timeline-axis').first();
        if (javaScriptEnabled)
          await expect
            .poll(() => page.locator('.timeline-axis .first-axis').count(), { timeout: 60_000 })
            .toBe(0);
        // The still drawing joins the page a frame after the text; the canvas may still fade in.
        await page.waitForTimeout(1_000);
        const png = (await axis.screenshot()).toString('base64');
        await context.close();
        return png;
      };
      const still = await shot(false);
      const drawn = await shot(true);
      const page = await pixelsPage([still, drawn]);
      const { differ, pixels } = await page.evaluate(() => {
        const [one, two] = globalThis.shots ?? [];
        if (!one || !two || one.width !== two.width || one.height !== two.height)
          return { differ: -1, pixels: 0 };
        let differ = 0;
        for (let i = 0; i < one.data.length; i += 4) {
          let most = 0;
          for (let channel = 0; channel < 3; channel += 1)
            most = Math.max(
              most,
              Math.abs((one.data[i + channel] ?? 0) - (two.data[i + channel] ?? 0)),
            );
          if (most > 40) differ += 1;
        }
        return { differ, pixels: one.width * one.height };
      });
      await page.close();
      expect(differ).toBeGreaterThanOrEqual(0);
      // Anti-aliasing and the faded ends of approximate ranges (faded as at 360 px) differ a
      // little: under 1% of the pixels here, against 9% before.
      expect(differ / pixels).toBeLessThan(0.02);
    });
  }

  // The still map draws the live map's marks and areas (StaticMapParts.tsx, area-look.ts): a
  // date known only to the month hollow, an area of doubt fainter as it grows. It once drew every
  // mark solid and every area at one opacity, so Afghanistan, under four countrywide events,
  // turned dark brown until the live map showed it pale.
  it('draws hollow marks and faint areas of doubt where the live map then does, at 1024×768', async () => {
    const viewport = { width: 1024, height: 768 };
    const stillContext = await browser().newContext({ viewport, javaScriptEnabled: false });
    const stillPage = await stillContext.newPage();
    await stillPage.goto(baseUrl());
    // Each mark's centre, from its shape (the group's first path: rings come as circles).
    const marks = await stillPage.evaluate(() =>
      [...document.querySelectorAll('.first-map [data-event] > g')].flatMap((mark) => {
        const paths = mark.querySelectorAll('path');
        const box = paths[0]?.getBoundingClientRect();
        return box
          ? [{ x: box.x + box.width / 2, y: box.y + box.height / 2, hollow: paths.length > 1 }]
          : [];
      }),
    );
    await stillPage.waitForTimeout(500);
    const still = (await stillPage.screenshot()).toString('base64');
    await stillContext.close();

    const context = await browser().newContext({ viewport });
    const page = await context.newPage();
    await page.goto(baseUrl());
    await waitForMap(page);
    const { lon, lat, zoom } = await settledCamera(page);
    await expect.poll(() => page.locator('.first-map').count()).toBe(0);
    const live = (await page.screenshot()).toString('base64');
    const box = await page.locator('.maplibregl-map').boundingBox();
    if (!box) throw new Error('no map box');
    // Inside Afghanistan, clear of marks and labels: only areas of doubt and the focus tint.
    const inAfghanistan = {
      x: box.x + box.width / 2 + (mercatorX(63) - mercatorX(lon)) * worldPx(zoom),
      y: box.y + box.height / 2 + (mercatorY(32.2) - mercatorY(lat)) * worldPx(zoom),
    };
    await context.close();
    const pixels = await pixelsPage([still, live]);
    const { area, hollow } = await pixels.evaluate(
      ({ marks, inAfghanistan }) => {
        const [one, two] = globalThis.shots ?? [];
        // The mean colour of the (2r + 1)² px around a point.
        const mean = (image: ImageData | undefined, x: number, y: number, r: number) => {
          const sum = [0, 0, 0];
          let count = 0;
          for (let dy = -r; dy <= r; dy += 1)
            for (let dx = -r; dx <= r; dx += 1) {
              const at = ((Math.round(y) + dy) * (image?.width ?? 0) + Math.round(x) + dx) * 4;
              for (let channel = 0; channel < 3; channel += 1)
                sum[channel] = (sum[channel] ?? 0) + (image?.data[at + channel] ?? 0);
              count += 1;
            }
          return sum.map((value) => value / count);
        };
        const apart = (x: number, y: number, r: number) => {
          const [a, b] = [mean(one, x, y, r), mean(two, x, y, r)];
          return Math.max(...a.map((value, channel) => Math.abs(value - (b[channel] ?? 0))));
        };
        const hollowMarks = marks.filter((mark) => mark.hollow);
        return {
          area: apart(inAfghanistan.x, inAfghanistan.y, 2),
          hollow: {
            count: hollowMarks.length,
            alike: hollowMarks.filter((mark) => apart(mark.x, mark.y, 1) <= 48).length,
          },
        };
      },
      { marks, inAfghanistan },
    );
    await pixels.close();
    // The CSTO story dates ten of its events to the month or year.
    expect(hollow.count).toBeGreaterThanOrEqual(5);
    // A hollow mark's pale centre in both (a label or a stacked neighbour may cover a few).
    expect(hollow.alike / hollow.count).toBeGreaterThanOrEqual(0.75);
    // The same pale tint inside Afghanistan: the focus tint under faint countrywide doubts.
    expect(area).toBeLessThan(24);
  });

  it('names the places the live map names, where it names them, at 1024×768', async () => {
    // The still map once kept its names clear of the marks and under them: the story's own
    // countries and capitals (Tajikistan, Afghanistan, Dushanbe, Kabul), whose points the marks
    // cover, went unnamed until the live map named them over the marks. Dark pixels (names, dots,
    // outlines) of the live map found within 2 px in the still one: 57% on that build, 79% once
    // named as the live map names (a name or two stands on another side of its dot there).
    const viewport = { width: 1024, height: 768 };
    const stillContext = await browser().newContext({ viewport, javaScriptEnabled: false });
    const stillPage = await stillContext.newPage();
    await stillPage.goto(baseUrl());
    await stillPage.waitForTimeout(500);
    const stillBox = await stillPage.locator('.first-map').boundingBox();
    if (!stillBox) throw new Error('no still map');
    const still = (await stillPage.screenshot({ clip: stillBox })).toString('base64');
    await stillContext.close();

    const context = await browser().newContext({ viewport });
    const page = await context.newPage();
    await page.goto(baseUrl());
    await waitForMap(page);
    await settledCamera(page);
    await expect.poll(() => page.locator('.first-map').count()).toBe(0);
    const liveBox = await page.locator('.maplibregl-map').boundingBox();
    if (!liveBox) throw new Error('no map box');
    const live = (await page.screenshot({ clip: liveBox })).toString('base64');
    await context.close();
    const pixels = await pixelsPage([still, live]);
    const found = await pixels.evaluate(() => {
      const [one, two] = globalThis.shots ?? [];
      if (!one || !two) return { share: -1, dark: 0 };
      // Both maps are centred on the camera: compare the same box around each one's middle,
      // leaving out the live map's chips (top), buttons (right), legend and credits (bottom).
      const width = Math.min(one.width, two.width) - 50;
      const height = Math.min(one.height, two.height) - 110;
      const at = (image: ImageData, x: number, y: number) => {
        const left = Math.floor((image.width - width - 50) / 2);
        const top = Math.floor((image.height - height - 110) / 2) + 50;
        const i = ((top + y) * image.width + left + x) * 4;
        return Math.max(image.data[i] ?? 255, image.data[i + 1] ?? 255, image.data[i + 2] ?? 255);
      };
      const dark = (image: ImageData, x: number, y: number) => at(image, x, y) < 90;
      let liveDark = 0;
      let inStill = 0;
      for (let y = 2; y < height - 2; y += 1)
        for (let x = 2; x < width - 2; x += 1) {
          if (!dark(two, x, y)) continue;
          liveDark += 1;
          search: for (let dy = -2; dy <= 2; dy += 1)
            for (let dx = -2; dx <= 2; dx += 1)
              if (dark(one, x + dx, y + dy)) {
                inStill += 1;
                break search;
              }
        }
      return { share: inStill / liveDark, dark: liveDark };
    });
    await pixels.close();
    expect(found.dark).toBeGreaterThan(500);
    expect(found.share).toBeGreaterThanOrEqual(0.7);
  });

  it('fetches no Latin Extended face of Noto Sans for the still map’s names', async () => {
    // The still map once named İzmir and Sūrat in Noto Sans and the page fetched the 56 KB Latin
    // Extended face for them (FirstMap.tsx, latinFaceOnly). Read with scripts off, as the first
    // view is: the live map draws its own names in Noto Sans (basemap-palette.ts) and rightly
    // asks for that face when a name such as Ludhiāna comes into its view, sooner or later as its
    // tiles come (this test, reading until the live map was ready, failed on it now and then).
    const context = await browser().newContext({
      viewport: SIZES[2] ?? SIZES[0],
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (/noto-sans-/.test(request.url())) fonts.push(request.url());
    });
    await page.goto(baseUrl(), { waitUntil: 'load' });
    await page.waitForTimeout(500);
    // At 1,920 px the still map names places beyond the Latin face: the case this is about.
    const names = await page.locator('.first-map text').allTextContents();
    expect(names.filter((name) => !inLatinFace(name)).length).toBeGreaterThan(0);
    expect(fonts.filter((url) => /noto-sans-latin-\d/.test(url)).length).toBeGreaterThan(0);
    expect(fonts.filter((url) => /latin-ext/.test(url))).toEqual([]);
    await context.close();
  });

  // The live map opens on the story's view (a presentation on its first step's event), at a
  // zoom of its own whatever the box: the still map shows that view, so the map does not jump
  // from the story's whole region to it when the live map comes (it once did, from Europe to
  // Afghanistan). A Tashkent event's mark on the still map is where the live map's camera, read
  // from the address bar, puts Tashkent.
  for (const { name, path, viewport } of [
    { name: 'app', path: '', viewport: SIZES[0] ?? { width: 360, height: 740 } },
    { name: 'app', path: '', viewport: SIZES[2] ?? { width: 1920, height: 1080 } },
    ...MODE_PAGES.filter((page) => page.viewport.width >= 600),
  ]) {
    it(`opens the live ${name} map where the still map looked at ${viewport.width}×${viewport.height}`, async () => {
      const context = await browser().newContext({ viewport });
      const page = await context.newPage();
      // Read as soon as the page is parsed and styled, long before the live map can be ready.
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'domcontentloaded' });
      const mark = await page
        .locator(`.first-map [data-event="${TASHKENT.id}"] > g`)
        .first()
        .boundingBox();
      expect(mark).not.toBeNull();
      await waitForMap(page);
      const { lon, lat, zoom, view } = await settledCamera(page);
      const box = await page.locator('.maplibregl-map').boundingBox();
      if (!mark || !box) throw new Error('no still mark or no map box');
      const world = worldPx(zoom);
      const [markLon, markLat] = TASHKENT.lonLat;
      const x = box.x + box.width / 2 + (mercatorX(markLon) - mercatorX(lon)) * world;
      const y = box.y + box.height / 2 + (mercatorY(markLat) - mercatorY(lat)) * world;
      expect(Math.abs(mark.x + mark.width / 2 - x), `x at view ${view}`).toBeLessThan(3);
      expect(Math.abs(mark.y + mark.height / 2 - y), `y at view ${view}`).toBeLessThan(3);
      await context.close();
    });
  }

  for (const { name, path, viewport } of MODE_PAGES) {
    it(`reads the ${name} page with scripts off at ${viewport.width}×${viewport.height}`, async () => {
      const context = await browser().newContext({ viewport, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}${path}`);
      expect(await page.locator('.first-map svg').isVisible()).toBe(true);
      await page.screenshot({
        path: `test-results/first-view-${name}-nojs-${viewport.width}.png`,
      });
      await context.close();
    });

    it(`is taken over in the ${name} page without a layout shift at ${viewport.width}×${viewport.height}`, async () => {
      const { context, page } = await openRecordingShifts(browser(), viewport, path);
      await waitForMap(page);
      await expect.poll(() => page.locator('.prerendered').count()).toBe(0);
      await expect.poll(() => page.locator('.first-map').count()).toBe(0);
      const { total, moved } = await layoutShift(page);
      expect(total, moved).toBeLessThan(0.02);
      await page.screenshot({ path: `test-results/first-view-${name}-js-${viewport.width}.png` });
      await context.close();
    });
  }

  it('keeps the map still when it loaded in the hidden box before the story arrived', async () => {
    // On a loaded machine the map can load while the app still renders hidden beside the
    // prerendered view: there it measured 0 × 0 and placed its edge buttons and its size for
    // that, so they jumped when shown (0.0367 in the 600×400 embed in full browser runs). Holding
    // the story back until the map's canvas is in that box makes that order certain. The page's
    // HTML comes in two parts, cut in the sheet's details as a busy CI machine's parser once
    // did: painted then, the bar sat 48 px low with no timeline strip under it, and moved up when
    // the rest came (0.018, taken for a fault of the takeover until this test cut the page).
    const release = async (page: Page) => {
      // A frame at every vsync that lays the page out, as a script measuring the page does: the
      // half-parsed page is laid out and painted then, as the busy CI machine painted it
      // (without this, Chromium may wait for the rest).
      await page.addInitScript(() => {
        const tick = () => {
          document.querySelector('.embed-sheet__bar')?.getBoundingClientRect();
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await page.route('**/stories/csto-2021.json', async (route) => {
        await page.waitForSelector('.prerendered-live[hidden] .maplibregl-canvas', {
          state: 'attached',
          timeout: 60_000,
        });
        await new Promise((resolve) => setTimeout(resolve, 3000));
        await route.continue();
      });
    };
    const server = await serveInTwoParts('class="details__summary"');
    const viewport = { width: 600, height: 400 };
    const { context, page } = await openRecordingShifts(
      browser(),
      viewport,
      'embed.html?mode=embed',
      release,
      server.url,
    );
    await waitForMap(page);
    await expect.poll(() => page.locator('.first-map').count()).toBe(0);
    const { total, moved, sources } = await layoutShift(page);
    // Nothing of the map moves (its controls and edge buttons jumped by 0.0016 here before the
    // fix, 0.0367 in full runs), and nothing of the page either.
    expect(
      sources.filter((source) => /\b(map-|maplibregl)/.test(source)),
      moved,
    ).toEqual([]);
    expect(total, moved).toBe(0);
    await context.close();
    await server.close();
  });

  for (const { name, path, viewport } of [
    { name: 'app', path: '', viewport: SIZES[0] ?? { width: 360, height: 740 } },
    { name: 'app', path: '', viewport: SIZES[1] ?? { width: 1024, height: 768 } },
    ...MODE_PAGES,
  ]) {
    it(`paints the ${name} page whole when its HTML stops after the still map at ${viewport.width}×${viewport.height}`, async () => {
      // Cut after the still map, the first paint could hold the map alone; what came after (the
      // bar, the timeline, the side panel) then took room from it and moved what was painted.
      // The app's code is held back: what is measured is the page as the server sent it.
      const server = await serveInTwoParts('class="first-map__note"');
      const { context, page } = await openRecordingShifts(
        browser(),
        viewport,
        path,
        async (opened) => {
          await opened.route('**/assets/*.js', (route) => route.abort());
        },
        server.url,
      );
      await page.waitForLoadState('load');
      // Two frames after the last byte: any paint of the whole page has happened.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      expect(await page.locator('.prerendered').count()).toBe(1);
      const { total, moved } = await layoutShift(page);
      expect(total, moved).toBe(0);
      await context.close();
      await server.close();
    });
  }
});
