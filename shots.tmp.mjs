import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './scripts/chromium.mjs';
import { serveStatic } from './test/browser/static-server.ts';
