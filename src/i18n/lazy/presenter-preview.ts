/** The presenter view's preview words, registered with the English catalogue when its code loads. */
import { presenterPreview } from '../en/presenter-preview';
import { registerArea } from '../lazy-areas';

registerArea('presenterPreview', presenterPreview);
