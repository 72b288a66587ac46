/** The mini story as format 2, its article's publication date unknown. */
import { miniStoryData } from '../fixtures/load-fixture';

export function undatedStoryData() {
  const data = miniStoryData();
  const sources = data.sources.map((source) => {
    const { published: _published, ...rest } = source;
    return rest;
  });
  return { ...data, format: 2, sources };
}
