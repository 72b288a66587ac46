/** The presenter view's preview of the audience screen. */
import type { Formatter } from '../format';

export function presenterPreview(_f: Formatter) {
  return {
    title: 'Audience screen',
    blank: 'Blank: the audience sees an empty screen',
  };
}

export type PresenterPreviewMessages = ReturnType<typeof presenterPreview>;
