/**
 * What an import of another tool's file (TimelineJS, StoryMapJS, GeoJSON, CSV) refuses, in words:
 * the importers say it as codes with values (src/import/import-words.ts) and each language writes
 * it here. The file's name and the file's own words (keys, column names) are quoted as given.
 */
import type { Formatter } from '../format';
import type { ImportRefusal, RefusalDetail } from '../../import/import-words';

const FORMATS: Readonly<Record<Extract<RefusalDetail, { code: 'not-format' }>['format'], string>> =
  {
    timeline: 'a TimelineJS timeline',
    storymap: 'a StoryMapJS story',
    geojson: 'a GeoJSON FeatureCollection',
  };

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

export function imports(f: Formatter) {
  const refusal = (refused: ImportRefusal): string => {
    const file = `"${refused.file}"`;
    switch (refused.code) {
      case 'empty':
        return `${file} is empty.`;
      case 'not-text':
        return `${file} is not a text file (a spreadsheet, an image or a document?). Save it as CSV or JSON and open that.`;
      case 'markup':
        return `${file} is a web page or XML document, not a story, TimelineJS, StoryMapJS, GeoJSON or CSV file.`;
      case 'no-columns':
        return `${file} is neither JSON nor a CSV table: its first line has no columns.`;
      case 'bad-json':
        return `${file} is not valid JSON: ${refused.reason}.`;
      case 'json-not-object':
        return `${file} holds JSON ${refused.list ? 'list' : 'value'}, not a story, TimelineJS, StoryMapJS or GeoJSON object.`;
      case 'geojson-type':
        return `${file} is a GeoJSON ${refused.type}; only a FeatureCollection of features with times can be imported.`;
      case 'json-unknown':
        return `${file} is JSON but not a story, TimelineJS, StoryMapJS or GeoJSON file (its keys: ${refused.keys.join(', ') || 'none'}).`;
      case 'too-large':
        return `${file} is ${refused.megabytes.toFixed(1)} MB; files above ${f.number(refused.limit)} MB are not opened.`;
      case 'no-events':
        return `${file} has no event that could be read.`;
      case 'gigapixel':
        return `${file} is a StoryMapJS gigapixel story: its pins are on a picture, not on the Earth, so it cannot become a map story.`;
      case 'not-list':
        return `${file}: its "${refused.key}" is not a list${refused.slides ? ' of slides' : ''}`;
      case 'not-feature-collection':
        return `${file}: its "type" is not "FeatureCollection"`;
      case 'not-format':
        return `${file} is not ${FORMATS[refused.format]}`;
      case 'no-rows':
        return `${file} has a header but no rows`;
      case 'no-features':
        return `${file} has no features`;
      case 'no-column':
        return `${file} has no column named ${quoted(refused.names)}`;
      case 'no-property':
        return `${file} has no property named ${quoted(refused.names)}`;
      case 'choose-column':
        return `${file} does not say which column is the date: choose one`;
      case 'choose-property':
        return `${file} does not say which property is the time: choose one`;
    }
  };
  return {
    /** Why a file could not be imported, one sentence naming the file. */
    refusal,
  };
}

export type ImportsMessages = ReturnType<typeof imports>;
