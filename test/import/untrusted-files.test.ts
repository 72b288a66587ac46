import { describe, expect, it } from 'vitest';
import { importStoryFile } from '../../src/import/import-file';
import { importOk, timelineTemplate } from './read-fixture';
import { describeRefusal, inEnglish } from '../fixtures/describe-import';

describe('files that are not what they claim', () => {
  it('reads a TimelineJS timeline saved as .geojson by what it holds', async () => {
    const eras = timelineTemplate('eras.json');
    const { format } = await importOk({ name: 'map.geojson', text: eras.text });
    expect(format).toBe('timelinejs-json');
  });

  it('reads a spreadsheet CSV saved as .txt by what it holds', async () => {
    const sheet = timelineTemplate('my-own-timeline.csv');
    const { format } = await importOk({ name: 'notes.txt', text: sheet.text });
    expect(format).toBe('timelinejs-csv');
  });

  it('says a .csv holding JSON that is no known format is not one', async () => {
    const result = await importStoryFile({ name: 'data.csv', text: '[1, 2, 3]' });
    expect(inEnglish(result)).toEqual({
      ok: false,
      problems: [
        '"data.csv" holds JSON list, not a story, TimelineJS, StoryMapJS or GeoJSON object.',
      ],
    });
  });

  it('says an empty file is empty', async () => {
    const result = await importStoryFile({ name: 'blank.json', text: '  \n' });
    expect(inEnglish(result)).toEqual({ ok: false, problems: ['"blank.json" is empty.'] });
  });

  it('says a one-column text file is not a table', async () => {
    const result = await importStoryFile({
      name: 'poem.txt',
      text: 'Roses are red\nViolets are blue',
    });
    expect(result.ok === false && result.problems.map(describeRefusal)[0]).toBe(
      '"poem.txt" is neither JSON nor a CSV table: its first line has no columns.',
    );
  });
});

describe('nothing in a file runs or reaches outside it', () => {
  it('a column named __proto__ is only a column, and can be chosen as one', async () => {
    const { story } = await importOk(
      {
        name: 'proto.csv',
        text: '__proto__,constructor,date\nRow one,x,2020-01-01\n',
      },
      { fields: { title: '__proto__' } },
    );
    expect(story.events[0]!.title).toBe('Row one');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a GeoJSON property named __proto__ changes no prototype', async () => {
    const text =
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,' +
      '"properties":{"__proto__":{"polluted":1},"date":"2020-01-01","title":"Quiet"}}]}';
    const { story } = await importOk({ name: 'proto.geojson', text });
    expect(story.events[0]!.title).toBe('Quiet');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a javascript: address in a feed’s metadata is not kept as the source link', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      metadata: { title: 'Feed', url: 'javascript:alert(1)' },
      features: [
        { type: 'Feature', geometry: null, properties: { date: '2020-01-01', title: 'A' } },
      ],
    });
    const { story } = await importOk({ name: 'feed.geojson', text });
    expect(story.sources[0]).not.toHaveProperty('url');
  });
});
