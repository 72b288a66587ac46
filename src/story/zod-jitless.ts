/**
 * Imported first by every module that builds schemas (none is in the reader's first load, so
 * there is no single entry to put it in), before any schema is built: zod otherwise compiles object
 * schemas with `new Function` (and probes for it), which a strict Content Security Policy
 * (script-src 'self', no 'unsafe-eval') blocks and reports. Parsing without it is a little slower
 * and needs no eval. Zod reads this setting when each schema is created, so it must come first.
 */
import { z } from 'zod';

z.config({ jitless: true });
