import { describe, expect, it } from 'vitest';
import { importStoryFile } from '../../src/import/import-file';
import { parseStory } from '../../src/story/parse-story';
import { importFixture, importOk, timelineTemplate } from './read-fixture';

const FILES = [
  timelineTemplate('eras.json'),
  timelineTemplate('cosmo-mixed.json'),
  timelineTemplate('all-media-types.json'),
  timelineTemplate('my-own-timeline.csv'),
  importFixture('storymap-hurricane-path.json'),
  importFixture('usgs-all-week-2014-04-15.geojson'),
  importFixture('acled-layout.csv'),
];

describe('import → export as JSON → open again', () => {
  it.each(FILES.map((file) => [file.name, file] as const))(
    '%s loads as the same story',
    async (_name, file) => {
      const imported = await importOk(file);
      const exported = JSON.stringify(imported.story, null, 2);
      const reopened = await importStoryFile({ name: 'exported.json', text: exported });
      expect(reopened.ok && reopened.format).toBe('dateline');
      if (!reopened.ok) return;
      expect(parseStory(reopened.story)).toEqual(parseStory(imported.story));
      expect(reopened.story).toEqual(imported.story);
    },
  );
});
