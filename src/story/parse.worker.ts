/**
 * Parses and checks story files off the page's thread, so a big story (its JSON, the schema and
 * the verbatim-quote check) never blocks scrolling, typing or the first view.
 */
import { createParseJobs } from './parse-jobs';

const handle = createParseJobs((reply) => postMessage(reply));

addEventListener('message', (event: MessageEvent<unknown>) => handle(event.data));
