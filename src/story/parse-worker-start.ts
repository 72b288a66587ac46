/**
 * Starts the story-parsing worker (parse.worker.ts). Apart from story-parser.ts so a build that
 * can never start it leaves it out: the single-file briefing opens from file://, where no worker
 * starts, and it replaces this module with one exporting undefined (vite.briefing.config.ts), so
 * no worker file is written beside it.
 */
export const startParseWorker: (() => Worker) | undefined = () =>
  new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
