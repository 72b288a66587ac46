/** The start screen's words, registered with the English catalogue when its code loads. */
import { start } from '../en/start';
import { registerArea } from '../lazy-areas';

registerArea('start', start);
