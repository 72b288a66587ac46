/** The embed dialog's and embed layout's words, registered with the English catalogue when their code loads. */
import { embed } from '../en/embed';
import { registerArea } from '../lazy-areas';

registerArea('embed', embed);
