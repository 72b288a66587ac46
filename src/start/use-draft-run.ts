/**
 * Runs one draft at a time in the draft worker, with its progress, and lets it be cancelled:
 * cancelling ends the worker, so nothing of it is left running. The worker's code (and the
 * gazetteer it loads) is fetched only when the first draft starts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftDone, DraftRequest, Drafter } from '../draft/draft-client';

export type DraftRequestFields = Omit<DraftRequest, 'type' | 'id'>;

export type DraftRun =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly step: string; readonly fraction: number }
  | { readonly state: 'cancelled' }
  | { readonly state: 'failed'; readonly message: string };

/** How to make a drafter; tests hand in their own. */
export type MakeDrafter = () => Promise<Drafter>;

const workerDrafter: MakeDrafter = async () =>
  (await import('../draft/draft-client')).createDrafter();

export function useDraftRun(makeDrafter: MakeDrafter = workerDrafter) {
  const [run, setRun] = useState<DraftRun>({ state: 'idle' });
  const drafter = useRef<Drafter | undefined>(undefined);
  // Bumped by every start and cancel: a late reply from a run no longer wanted is dropped.
  const generation = useRef(0);

  const stop = useCallback(() => {
    generation.current += 1;
    drafter.current?.close();
    drafter.current = undefined;
  }, []);

  useEffect(() => stop, [stop]);

  const start = useCallback(
    async (request: DraftRequestFields): Promise<DraftDone | undefined> => {
      stop();
      const mine = generation.current;
      setRun({ state: 'running', step: 'gazetteer', fraction: 0 });
      try {
        const made = await makeDrafter();
        if (mine !== generation.current) {
          made.close();
          return undefined;
        }
        drafter.current = made;
        const done = await made.draft(request, (step, fraction) => {
          if (mine === generation.current) setRun({ state: 'running', step, fraction });
        });
        if (mine !== generation.current) return undefined;
        stop();
        setRun({ state: 'idle' });
        return done;
      } catch (error) {
        if (mine === generation.current) {
          stop();
          setRun({
            state: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
        }
        return undefined;
      }
    },
    [makeDrafter, stop],
  );

  const cancel = useCallback(() => {
    stop();
    setRun({ state: 'cancelled' });
  }, [stop]);

  return { run, start, cancel };
}
