/**
 * Runs one draft at a time in the draft worker, with its progress, and lets it be cancelled:
 * cancelling ends the worker, so nothing of it is left running. The worker starts (and loads
 * its gazetteer, with an empty draft) as the dialog first opens, while the person pastes, and
 * is kept for the page's later drafts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftDone, DraftRequest, Drafter } from '../draft/draft-client';

export type DraftRequestFields = Omit<DraftRequest, 'type' | 'id'>;

export type DraftRun =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly step: string; readonly fraction: number }
  | { readonly state: 'cancelled' }
  | { readonly state: 'failed'; readonly message: string };

/** Where drafters come from: one kept for reuse, and thrown away (ended) on cancel or failure. */
export interface DrafterSource {
  get(): Promise<Drafter>;
  discard(): void;
}

function keptDrafter(make: () => Promise<Drafter>): DrafterSource {
  let kept: Promise<Drafter> | undefined;
  return {
    get: () => {
      kept ??= make();
      return kept;
    },
    discard: () => {
      const ending = kept;
      kept = undefined;
      void ending?.then((drafter) => drafter.close()).catch(() => undefined);
    },
  };
}

/** The page's draft worker: its code and gazetteer are fetched when first needed. */
const workerSource = keptDrafter(async () =>
  (await import('../draft/draft-client')).createDrafter(),
);

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useDraftRun(source: DrafterSource = workerSource) {
  const [run, setRun] = useState<DraftRun>({ state: 'idle' });
  // The draft being waited for, by number: a late reply from one no longer wanted is dropped.
  const generation = useRef(0);
  const running = useRef(false);

  /** Stops waiting for the current draft; its worker is ended, so it stops working too. */
  const abandon = useCallback(() => {
    generation.current += 1;
    if (!running.current) return false;
    running.current = false;
    source.discard();
    return true;
  }, [source]);

  useEffect(() => {
    // Warm up: the gazetteer loads while the person is still pasting.
    source
      .get()
      .then((drafter) => drafter.draft({ text: '' }))
      .catch(() => undefined);
    return () => void abandon();
  }, [source, abandon]);

  const start = useCallback(
    async (request: DraftRequestFields): Promise<DraftDone | undefined> => {
      abandon();
      const mine = generation.current;
      running.current = true;
      setRun({ state: 'running', step: 'gazetteer', fraction: 0 });
      try {
        const drafter = await source.get();
        const done = await drafter.draft(request, (step, fraction) => {
          if (mine === generation.current) setRun({ state: 'running', step, fraction });
        });
        if (mine !== generation.current) return undefined;
        running.current = false;
        setRun({ state: 'idle' });
        return done;
      } catch (error) {
        if (mine === generation.current) {
          abandon();
          setRun({ state: 'failed', message: reason(error) });
        }
        return undefined;
      }
    },
    [source, abandon],
  );

  const cancel = useCallback(() => {
    if (abandon()) setRun({ state: 'cancelled' });
  }, [abandon]);

  return { run, start, cancel };
}
