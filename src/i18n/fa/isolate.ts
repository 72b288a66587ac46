/**
 * Text of another direction inside a Persian sentence (a story's title, a file name, a key, a
 * date quoted from an English article): wrapped in U+2068 FIRST STRONG ISOLATE … U+2069 POP
 * DIRECTIONAL ISOLATE, so the right-to-left sentence neither reorders it nor is reordered by it.
 */
export const iso = (text: string): string => `\u2068${text}\u2069`;
