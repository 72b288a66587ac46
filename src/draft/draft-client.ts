/**
 * The page's side of the draft worker: requests, progress as they run, the result or a clear
 * error. Import it lazily (import()) so the reader's app does not carry the draft. A drafter
 * keeps its worker, and so its loaded gazetteer, for the next draft.
 */
import { draftReplySchema, type DraftDone, type DraftRequest } from './worker-messages';

export type { DraftDone, DraftRequest };

type Request = Omit<DraftRequest, 'type' | 'id'>;
type Progress = (step: string, fraction: number) => void;

export interface Drafter {
  draft(request: Request, onProgress?: Progress): Promise<DraftDone>;
  close(): void;
}

interface Pending {
  readonly resolve: (done: DraftDone) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress: Progress;
}

export function createDrafter(): Drafter {
  const worker = new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  let next = 1;
  const failAll = (message: string): void => {
    for (const job of pending.values()) job.reject(new Error(message));
    pending.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const reply = draftReplySchema.safeParse(event.data);
    if (!reply.success) return; // not a reply we know: ignored, never trusted
    const job = pending.get(reply.data.id);
    if (!job) return;
    if (reply.data.type === 'progress') job.onProgress(reply.data.step, reply.data.fraction);
    else {
      pending.delete(reply.data.id);
      if (reply.data.type === 'done') job.resolve(reply.data);
      else job.reject(new Error(reply.data.message));
    }
  });
  worker.addEventListener('error', (event) =>
    failAll(`The draft worker stopped: ${event.message || 'unknown error'}`),
  );
  return {
    draft(request, onProgress = () => undefined) {
      const id = next;
      next += 1;
      return new Promise<DraftDone>((resolve, reject) => {
        pending.set(id, { resolve, reject, onProgress });
        worker.postMessage({ type: 'draft', id, ...request });
      });
    },
    close() {
      failAll('The drafter was closed.');
      worker.terminate();
    },
  };
}

/** One draft in a worker of its own, closed when done. */
export async function draftInWorker(request: Request, onProgress?: Progress): Promise<DraftDone> {
  const drafter = createDrafter();
  try {
    return await drafter.draft(request, onProgress);
  } finally {
    drafter.close();
  }
}
