/**
 * axe-core for the browser tests that walk a screen through its states: the looks each state is
 * checked in (light, dark by link and by the system, Persian right to left), at a phone's and a
 * wide screen's size, and the check itself (every default rule, the name-versus-label rule and
 * WCAG 2.2's target size).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { messages as persian } from '../../src/i18n/fa';
import { createFormatter } from '../../src/i18n/format';
import type { Messages } from '../../src/i18n/messages';
import { englishMessages } from '../fixtures/every-area';
import { baseUrl } from './driver';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One way the page can look: its theme (by link or by the system) and its language. */
export interface Look {
  readonly name: string;
  /** Added to the page's query string (`&theme=dark`, `&lang=fa`). */
  readonly query: string;
  readonly colorScheme: 'light' | 'dark';
  /** The interface's words in this look, to find controls by their names. */
  readonly m: Messages;
}

const en = englishMessages;
const fa = persian(createFormatter('fa'));

export const LOOKS: readonly Look[] = [
  { name: 'light', query: '', colorScheme: 'light', m: en },
  { name: 'dark (?theme=dark)', query: '&theme=dark', colorScheme: 'light', m: en },
  { name: 'dark (the system’s)', query: '', colorScheme: 'dark', m: en },
  { name: 'Persian, right to left', query: '&lang=fa', colorScheme: 'light', m: fa },
];

export const SIZES = [
  { width: 360, height: 740 },
  { width: 1920, height: 1080 },
] as const;

/** A new page in `look` at `viewport`, opened at `query` (which starts with `?`). */
export async function openLook(
  browser: Browser,
  look: Look,
  query: string,
  viewport: { width: number; height: number },
): Promise<Page> {
  const page = await browser.newPage({ viewport, colorScheme: look.colorScheme });
  await page.goto(`${baseUrl()}${query}${look.query}`);
  return page;
}

/** axe-core's violations on the page as "rule: where", after animations have settled. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.waitForTimeout(300);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe: unknown = Reflect.get(window, 'axe');
    const run: unknown = typeof axe === 'object' && axe ? Reflect.get(axe, 'run') : undefined;
    if (typeof run !== 'function') throw new Error('axe-core did not load');
    // WCAG 2.2's target size (24 px, or room around) is off in axe by default: on here.
    const options = {
      rules: {
        'label-content-name-mismatch': { enabled: true },
        'target-size': { enabled: true },
      },
    };
    const result: unknown = await run.call(axe, document, options);
    const violations: unknown =
      typeof result === 'object' && result ? Reflect.get(result, 'violations') : [];
    if (!Array.isArray(violations)) return [];
    interface Check {
      relatedNodes: { target: string[] }[];
    }
    interface Node {
      target: string[];
      any: Check[];
      all: Check[];
      none: Check[];
    }
    // What a finding is about besides its node (the control over a target, the colour behind a
    // text): a finding seen only under CI's load then says what to look at.
    const related = (node: Node) => {
      const others = [...node.any, ...node.all, ...node.none].flatMap((check) =>
        check.relatedNodes.map((other) => other.target.join(' ')),
      );
      return others.length === 0 ? '' : ` (with ${[...new Set(others)].join(', ')})`;
    };
    return violations.flatMap((violation: { id: string; nodes: Node[] }) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}${related(node)}`),
    );
  });
}

/**
 * Checks the page in one named state, adding what axe finds (prefixed with the state) to
 * `found`, so one walk through a screen reports every state that fails, not only the first.
 */
export async function checkState(page: Page, state: string, found: string[]): Promise<void> {
  for (const violation of await axeViolations(page)) found.push(`${state} — ${violation}`);
}
