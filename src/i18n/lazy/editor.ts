/** The editor's words, registered with the English catalogue when the editor's code loads. */
import { editor } from '../en/editor';
import { registerArea } from '../lazy-areas';

registerArea('editor', editor);
