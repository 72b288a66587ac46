/** The map's editing tools' words, registered with the English catalogue when the map's code loads. */
import { mapEdit } from '../en/map-edit';
import { registerArea } from '../lazy-areas';

registerArea('mapEdit', mapEdit);
