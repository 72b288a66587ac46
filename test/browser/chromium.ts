/** Finds Chromium for the browser tests: CHROME_PATH, then Debian's /usr/bin/chromium. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find(
    (path): path is string => path !== undefined && path !== '' && existsSync(path),
  );
}

export const MISSING_CHROMIUM =
  'BROWSER TESTS SKIPPED: no Chromium found at $CHROME_PATH or /usr/bin/chromium. ' +
  'Install it with `apt-get update && apt-get install -y chromium` (Debian/Ubuntu) or set CHROME_PATH.';

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}
