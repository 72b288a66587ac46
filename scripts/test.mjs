#!/usr/bin/env node
// Runs every test project and ends with the plain line CI reads: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const results = '.vitest-results.json';
rmSync(results, { force: true });
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);

let summary;
try {
  summary = JSON.parse(readFileSync(results, 'utf8'));
} catch {
  console.log('0 passed, 1 failed');
  console.error('vitest wrote no results: it did not run');
  process.exit(run.status || 1);
}
const passed = summary.numPassedTests;
// A file that fails to load has no failed test in it, but it is a failure all the same.
const brokenFiles = summary.testResults.filter(
  (file) =>
    file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
).length;
// A run that failed outside any test (a setup error, such as no browser under CI) still fails.
const failed = summary.numFailedTests + brokenFiles || (run.status === 0 ? 0 : 1);
const skipped = summary.numPendingTests + (summary.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
