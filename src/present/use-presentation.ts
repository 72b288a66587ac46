/**
 * What the audience screen and the presenter view share: the first step, the keys, blanking,
 * the help list, a typed step number, full screen, and the link between the two windows.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDateline, useDatelineStore } from '../state/store-context';
import type { PresentAction, PresentControls } from './present-keys';
import { useFirstStep } from './use-first-step';
import { useFullscreen, type Fullscreen } from './use-fullscreen';
import { usePresentationKeys } from './use-presentation-keys';
import { useWindowLink } from './use-window-link';

/** A typed step number is forgotten after this long without another digit. */
export const TYPED_TIMEOUT_MS = 4000;

export interface Presentation {
  readonly controls: PresentControls;
  readonly fullscreen: Fullscreen;
  /** Another window of this presentation is linked. */
  readonly linked: boolean;
}

/** Sets up a presentation window; `toggleAutoplay` is the audience screen's alone. */
export function usePresentation(
  actions: readonly PresentAction[],
  toggleAutoplay: () => void = () => undefined,
): Presentation {
  const store = useDatelineStore();
  const stepIndex = useDateline((state) => state.stepIndex);
  const stepCount = useDateline((state) => state.story?.steps.length ?? 0);
  const [blank, setBlankState] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const fullscreen = useFullscreen();
  const blankNow = useRef(blank);
  useEffect(() => {
    blankNow.current = blank;
  }, [blank]);

  useFirstStep();
  const link = useWindowLink(() => blankNow.current, setBlankState);
  const { sendBlank } = link;

  const setBlank = useCallback(
    (next: boolean) => {
      setBlankState(next);
      sendBlank(next);
    },
    [sendBlank],
  );
  const goToStep = useCallback((index: number) => store.getState().goToStep(index), [store]);

  useEffect(() => {
    if (typed === '') return undefined;
    const timer = setTimeout(() => setTyped(''), TYPED_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const controls = useMemo<PresentControls>(
    () => ({
      stepIndex,
      stepCount,
      blank,
      helpOpen,
      typed,
      goToStep,
      setBlank,
      toggleFullscreen: fullscreen.toggle,
      toggleAutoplay,
      setHelpOpen,
      setTyped,
    }),
    [
      stepIndex,
      stepCount,
      blank,
      helpOpen,
      typed,
      goToStep,
      setBlank,
      fullscreen.toggle,
      toggleAutoplay,
    ],
  );
  usePresentationKeys(controls, actions);
  return { controls, fullscreen, linked: link.linked };
}
