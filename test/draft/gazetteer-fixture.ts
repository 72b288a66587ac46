// The real generated gazetteer, read once per test file (the draft is tested on its real data).
import { readFileSync } from 'node:fs';
import { buildGazetteer, type Gazetteer } from '../../src/draft/gazetteer';

let cached: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer(
    JSON.parse(
      readFileSync(new URL('../../src/draft/gazetteer-data.json', import.meta.url), 'utf8'),
    ),
  );
  return cached;
}
