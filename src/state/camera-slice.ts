import type { SliceCreator } from './store';
import type { Camera } from './url-state';

/**
 * Who moved the camera. The map reports 'map' moves and never re-applies them; anything else
 * (a link, a step, a host page) is a request the map carries out. This breaks the feedback loop.
 */
export type CameraOrigin = 'map' | 'request';

export interface CameraSlice {
  readonly camera: Camera | undefined;
  readonly cameraOrigin: CameraOrigin;
  readonly setCamera: (camera: Camera, origin: CameraOrigin) => void;
}

export function createCameraSlice(initial: Camera | undefined): SliceCreator<CameraSlice> {
  return (set) => ({
    camera: initial,
    cameraOrigin: 'request',
    setCamera: (camera, origin) => set({ camera, cameraOrigin: origin }),
  });
}
