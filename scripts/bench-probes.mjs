// The probes the benchmark puts in every page before it loads, the same for Dateline and
// TimelineJS: when the story's title is first visible, when a still map with every event is
// first visible (Dateline's first map; TimelineJS draws none), the long tasks, and for each key
// press the time to the frame after its handlers ran. Plus the page's heap and the bytes it
// fetched.
// installProbes runs in the page, not in Node:
/* global window, document, requestAnimationFrame, XPathResult, innerHeight, innerWidth, Node,
   NodeFilter, MutationObserver */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Runs in the page (page.addInitScript): sets up the probes. `title` is the story's title,
 * `marks` how many events a map must mark to count as drawn.
 */
export function installProbes({ title, marks }) {
  const longTasks = [];
  const frames = [];
  Object.assign(window, { benchLongTasks: longTasks, benchFrames: frames });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // Input → frame: from the key's timestamp to a task queued inside the next animation frame,
  // which runs once that frame is painted (every handler of the key has run by then).
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => frames.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  // Text visible: the first frame in which the title is laid out, visible, inside the viewport.
  const quoted = title.includes('"') ? `'${title}'` : `"${title}"`;
  const path = `//body//text()[contains(., ${quoted})]`;
  const visible = () => {
    const found = document.evaluate(path, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE);
    for (let i = 0; i < found.snapshotLength; i += 1) {
      const element = found.snapshotItem(i)?.parentElement;
      if (!element?.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      const inside =
        box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
      if (box.width > 0 && box.height > 0 && inside) return true;
    }
    return false;
  };
  const tick = () => {
    if (document.body && visible()) {
      performance.mark('bench:text-visible');
      titleObserver.disconnect();
    } else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // Text painted: when the frame with the title was on screen (Element Timing's render time).
  // The frame the probe above sees is laid out, not yet rastered: a slow raster of anything else
  // in it (a large SVG path in software GL) kept it off screen for up to a second. Element Timing
  // reports an element only if it carries the attribute when first painted, so each element
  // holding the title is tagged as it joins the page, by the parser or by a script.
  const tagHolder = (text) => {
    if (text.data.includes(title)) text.parentElement?.setAttribute('elementtiming', 'bench-title');
  };
  const tag = (node) => {
    if (node.nodeType === Node.TEXT_NODE) tagHolder(node);
    if (node.nodeType !== Node.ELEMENT_NODE || !node.textContent.includes(title)) return;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) tagHolder(text);
  };
  // Stopped once the title is laid out (it is tagged by then): it must not cost the steps.
  const titleObserver = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) tag(node);
  });
  titleObserver.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    const laidOut = performance.getEntriesByName('bench:text-visible')[0]?.startTime;
    for (const entry of list.getEntries()) {
      const box = entry.intersectionRect;
      // A paint before the title counted as visible (transparent, or outside the viewport)
      // is not the reader seeing it.
      if (entry.identifier !== 'bench-title' || box.width * box.height === 0) continue;
      if (laidOut === undefined || entry.renderTime < laidOut) continue;
      if (performance.getEntriesByName('bench:text-painted').length > 0) continue;
      performance.mark('bench:text-painted', { startTime: entry.renderTime });
    }
  }).observe({ type: 'element', buffered: true });
  // A still map with every event: an SVG picture in the viewport with a mark (a group with
  // data-event) for each, painted in this frame.
  const mapDrawn = () => {
    // Cheap while nothing is drawn: one selector a frame, in both tools' pages.
    const groups = document.querySelectorAll('svg g[data-event]');
    if (groups.length < marks) return false;
    const pictures = new Set([...groups].map((group) => group.ownerSVGElement));
    for (const svg of pictures) {
      if (!svg || svg.querySelectorAll('g[data-event]').length < marks) continue;
      if (!svg.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = svg.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && box.top < innerHeight && box.left < innerWidth)
        return true;
    }
    return false;
  };
  const mapTick = () => {
    if (document.body && mapDrawn()) performance.mark('bench:map-static');
    else if (!performance.getEntriesByName('dateline:map-ready').length)
      requestAnimationFrame(mapTick);
  };
  requestAnimationFrame(mapTick);
}

/** The main thread's JS heap after a full garbage collection, in bytes (workers not counted). */
export async function heapAfterGc(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

const gzipCache = new Map();

/** The gzip size of the served file behind a same-origin URL (0 when it is not a file). */
export function gzipSizeOf(root, base, url) {
  if (!url.startsWith(base)) return 0;
  let path = decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const file = join(root, path);
  if (!gzipCache.has(file)) {
    let size = 0;
    try {
      if (statSync(file).isFile()) size = gzipSync(readFileSync(file), { level: 9 }).length;
    } catch {
      size = 0;
    }
    gzipCache.set(file, size);
  }
  return gzipCache.get(file);
}

/**
 * When the title was on screen, in ms after navigation: Element Timing's render time of the
 * first paint of it counted visible (`bench:text-painted`). Chromium drops that report when the
 * element is gone before its frame is presented (Dateline's app takes over the prerendered
 * title, which it does before a slow first frame is on screen), so without one this gives the
 * later of the laid-out probe and the first contentful paint: a lower bound, as frames are
 * presented in order, and exact when the title is in the first frame with content.
 */
export async function textPainted(page, timeout = 5000) {
  const name = 'bench:text-painted';
  await page
    .waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout })
    .catch(() => undefined);
  return page.evaluate((n) => {
    const exact = performance.getEntriesByName(n)[0]?.startTime;
    if (exact !== undefined) return exact;
    const laidOut = performance.getEntriesByName('bench:text-visible')[0]?.startTime;
    const contentful = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    return Math.max(laidOut ?? Number.NaN, contentful ?? Number.NaN);
  }, name);
}
