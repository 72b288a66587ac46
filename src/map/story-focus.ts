/**
 * What a story asks the basemap to set apart: its `map` block's focus countries and borders
 * (story format 2). A story without one gets a plain world map.
 */
import type { Story } from '../story/story';
import { NO_FOCUS, type BasemapFocus } from './basemap-expressions';

/** The story's focus countries and highlighted borders; none for a story that names none. */
export function storyFocus(story: Story | undefined): BasemapFocus {
  const map = story?.map;
  if (!map) return NO_FOCUS;
  return { focusCountries: map.focusCountries ?? [], borders: map.borders ?? [] };
}
