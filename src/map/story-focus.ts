/**
 * What a story asks the basemap to set apart. Story format 2 carries it in the story's `map`
 * block (focusCountries, borders); a story without one gets a plain world map.
 */
import type { Story } from '../story/story';
import { NO_FOCUS, type BasemapFocus } from './basemap-expressions';

/** The story's focus countries and highlighted borders; none for a story that names none. */
export function storyFocus(story: Story | undefined): BasemapFocus {
  const settings: unknown = story && 'map' in story ? story.map : undefined;
  return isFocus(settings) ? settings : NO_FOCUS;
}

function isFocus(value: unknown): value is BasemapFocus {
  if (typeof value !== 'object' || value === null) return false;
  const { focusCountries = [], borders = [] } = { ...value };
  return Array.isArray(focusCountries) && Array.isArray(borders);
}
