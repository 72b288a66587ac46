/**
 * The problems' words and the imports' refusals they quote, registered with the English catalogue
 * when the code that shows problems loads (the problem notices, the editor, the draft dialog, an
 * import that failed).
 */
import { imports } from '../en/imports';
import { problems } from '../en/problems';
import { registerArea } from '../lazy-areas';

registerArea('imports', imports);
registerArea('problems', problems);
