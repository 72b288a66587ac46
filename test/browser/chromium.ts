/** Starts Chromium for the browser tests (where it is and how: scripts/chromium.mjs). */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath, MISSING_CHROMIUM } from '../../scripts/chromium.mjs';

export { chromiumPath, MISSING_CHROMIUM };

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  return chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS], headless: true });
}
