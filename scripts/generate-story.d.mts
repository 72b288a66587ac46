/** Types for generate-story.mjs: a valid synthetic story of `count` events (an unparsed JSON value). */
export function generateStory(count: number, seed?: number): unknown;
/** The generator's small deterministic PRNG (mulberry32): numbers in [0, 1) from `seed`. */
export function mulberry32(seed: number): () => number;
