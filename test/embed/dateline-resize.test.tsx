import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const FRAME_ORIGIN = 'https://dateline.example';

/** Runs the host page's script as a page would (again, when asked: it guards against twice). */
function runScript() {
  Reflect.deleteProperty(window, '__datelineResize');
  new Function(readFileSync('public/embed/dateline-resize.js', 'utf8'))();
}

beforeAll(runScript);

afterEach(() => {
  document.body.innerHTML = '';
});

function addFrame(src: string, marked: boolean): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = src;
  if (marked) frame.setAttribute('data-dateline', '');
  document.body.append(frame);
  return frame;
}

function sendResize(frame: HTMLIFrameElement, height: number, origin = FRAME_ORIGIN) {
  window.dispatchEvent(
    new MessageEvent('message', {
      data: { type: 'dateline:resize', height },
      origin,
      source: frame.contentWindow,
    }),
  );
}

describe('dateline-resize.js', () => {
  it('resizes a marked Dateline frame from its own messages', () => {
    const frame = addFrame(`${FRAME_ORIGIN}/?story=x`, true);
    sendResize(frame, 600);
    expect(frame.style.height).toBe('600px');
  });

  it('leaves alone a frame of the same site that is not a Dateline frame', () => {
    const frame = addFrame(`${FRAME_ORIGIN}/ads/banner.html`, false);
    sendResize(frame, 600);
    expect(frame.style.height).toBe('');
  });

  it('caps the height a frame may ask for', () => {
    const frame = addFrame(`${FRAME_ORIGIN}/?mode=embed`, false);
    sendResize(frame, 10_000);
    expect(frame.style.height).toBe('1600px');
  });

  it('ignores a message from another origin than the frame names', () => {
    const frame = addFrame(`${FRAME_ORIGIN}/?mode=embed`, true);
    sendResize(frame, 600, 'https://evil.example');
    expect(frame.style.height).toBe('');
  });

  // Last: it runs the script a second time, over a frame already on the page.
  it("addresses its hello to the frame's origin, never '*'", () => {
    const frame = addFrame(`${FRAME_ORIGIN}/?mode=embed`, true);
    const target = frame.contentWindow;
    if (!target) throw new Error('jsdom gave the frame no window');
    const post = vi.spyOn(target, 'postMessage').mockImplementation(() => undefined);
    runScript();
    expect(post).toHaveBeenCalledWith({ type: 'dateline:hello' }, FRAME_ORIGIN);
    expect(post.mock.calls.map((call) => String(call[1]))).not.toContain('*');
  });
});
