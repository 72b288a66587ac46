// Where Chromium is and how to start it headless on a machine with no GPU and no network:
// shared by the browser tests and the benchmark.
import { existsSync } from 'node:fs';

/** Flags that keep headless Chromium quiet offline and give it WebGL through SwiftShader. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** CHROME_PATH, then Debian's Chromium; undefined when there is none. */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path !== undefined && path !== '' && existsSync(path));
}

export const MISSING_CHROMIUM =
  'BROWSER TESTS SKIPPED: no Chromium found at $CHROME_PATH or /usr/bin/chromium. ' +
  'Install it with `apt-get update && apt-get install -y chromium` (Debian/Ubuntu) or set CHROME_PATH.';
