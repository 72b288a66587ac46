/** Larger files are refused before parsing: a story is text and a few thousand events. */
export const MAX_STORY_BYTES = 30 * 1024 * 1024;
