/** The presentation's and handout's words, registered with the English catalogue when their code loads. */
import { present } from '../en/present';
import { registerArea } from '../lazy-areas';

registerArea('present', present);
