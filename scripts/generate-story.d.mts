/** Types for generate-story.mjs: a valid synthetic story of `count` events (an unparsed JSON value). */
export function generateStory(count: number, seed?: number): unknown;
