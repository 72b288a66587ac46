/**
 * The problems' words, the imports' refusals they quote and the notes an import leaves, registered
 * with the English catalogue when the code that shows problems or import notes loads (the problem
 * notices, the editor, the draft dialog, an import that failed or left notes).
 */
import { importNotes } from '../en/import-notes';
import { imports } from '../en/imports';
import { problems } from '../en/problems';
import { registerArea } from '../lazy-areas';

registerArea('importNotes', importNotes);
registerArea('imports', imports);
registerArea('problems', problems);
