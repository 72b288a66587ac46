/**
 * The library's failures in words, registered with the English catalogue when the code that
 * says them loads (the start screen, the editor, a file that could not be kept).
 */
import { library } from '../en/library';
import { registerArea } from '../lazy-areas';

registerArea('library', library);
