/** Provided by vite.briefing.config.ts only: the story and basemap the briefing carries. */
declare module 'virtual:dateline-inline-data' {
  /** Untrusted until read by readInlineData (src/briefing/inline-data.ts). */
  const data: unknown;
  export default data;
}
