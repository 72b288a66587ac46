/** The draft dialog's words, registered with the English catalogue when the dialog's code loads. */
import { draft } from '../en/draft';
import { registerArea } from '../lazy-areas';

registerArea('draft', draft);
