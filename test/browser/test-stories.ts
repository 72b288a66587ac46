/** Bad and hostile story files, written into the built app for the browser tests to open. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { validEvent, validStory, validSource } from '../story/story-builders';

const HOSTILE = '<img src=x onerror=alert(1)>';

export function writeTestStories(dist: string): void {
  const dir = `${dist}/test-stories`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/broken.json`, '{"format": 1, "id": "broken", ');
  writeFileSync(
    `${dir}/partly-bad.json`,
    JSON.stringify(
      validStory({
        events: [
          validEvent(),
          validEvent({ id: 'bad', time: { start: '18 Oct', precision: 'day' } }),
        ],
      }),
    ),
  );
  const text = `Officials said ${HOSTILE} and <script>alert(2)</script> happened.`;
  writeFileSync(
    `${dir}/hostile.json`,
    JSON.stringify(
      validStory({
        title: `Hostile ${HOSTILE}`,
        sources: [validSource({ text, url: 'https://news.example/' })],
        events: [
          validEvent({
            title: `Event <b>bold</b> ${HOSTILE}`,
            excerpts: [
              { source: 'article', quote: `said ${HOSTILE} and <script>alert(2)</script>` },
            ],
            context: [
              {
                text: 'A fact',
                source: { title: 'Evil', publisher: 'Evil', citation: 'javascript:alert(3)' },
              },
            ],
          }),
        ],
      }),
    ),
  );
  // Fiji, across the antimeridian: Suva at 178° E, Taveuni and Lakeba at 179–178° W.
  const fijiPlace = (name: string, lon: number, lat: number) => ({
    name,
    country: 'FJ',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    uncertaintyKm: 5,
  });
  writeFileSync(
    `${dir}/fiji.json`,
    JSON.stringify(
      validStory({
        id: 'fiji',
        events: [
          validEvent({ id: 'suva', place: fijiPlace('Suva', 178.44, -18.14) }),
          validEvent({ id: 'taveuni', place: fijiPlace('Taveuni', -179.97, -16.8) }),
          validEvent({ id: 'lakeba', place: fijiPlace('Lakeba', -178.8, -18.2) }),
        ],
      }),
    ),
  );
}
