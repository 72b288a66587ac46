/**
 * The page's side of the draft worker: requests, progress as they run, the result or a clear
 * error. Import it lazily (import()) so the reader's app does not carry the draft. A drafter
 * keeps its worker, and so its loaded gazetteer, for the next draft; a place searcher keeps one
 * for the editor's next search.
 */
import type { PlaceChoice } from '../edit/place-search';
import {
  draftReplySchema,
  type DraftDone,
  type DraftReply,
  type DraftRequest,
  type SearchRequest,
} from './worker-messages';

export type { DraftDone, DraftRequest };

type Request = Omit<DraftRequest, 'type' | 'id'>;
type Progress = (step: string, fraction: number) => void;
type Settled = Exclude<DraftReply, { type: 'progress' }>;

export interface Drafter {
  draft(request: Request, onProgress?: Progress): Promise<DraftDone>;
  close(): void;
}

export interface PlaceSearcher {
  search(query: string, limit?: number): Promise<readonly PlaceChoice[]>;
  close(): void;
}

interface Pending {
  readonly settle: (reply: Settled) => void;
  readonly onProgress: Progress;
}

type Body = Omit<DraftRequest, 'id'> | Omit<SearchRequest, 'id'>;

/** A worker and the requests waiting on it, each settled by its reply or by the worker's end. */
function connect(): { ask(body: Body, pending: Pending): void; close(): void } {
  const worker = new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  let next = 1;
  const failAll = (message: string): void => {
    for (const [id, job] of pending) job.settle({ type: 'error', id, message });
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
      job.settle(reply.data);
    }
  });
  worker.addEventListener('error', (event) =>
    failAll(`The draft worker stopped: ${event.message || 'unknown error'}`),
  );
  return {
    ask(body, job) {
      const id = next;
      next += 1;
      pending.set(id, job);
      worker.postMessage({ ...body, id });
    },
    close() {
      failAll('The drafter was closed.');
      worker.terminate();
    },
  };
}

/** The reply a request wanted, or the error it got instead. */
function settleWith<T>(
  resolve: (value: T) => void,
  reject: (error: Error) => void,
  read: (reply: Settled) => T | undefined,
): (reply: Settled) => void {
  return (reply) => {
    const value = read(reply);
    if (value !== undefined) resolve(value);
    else
      reject(new Error(reply.type === 'error' ? reply.message : `Unexpected reply: ${reply.type}`));
  };
}

export function createDrafter(): Drafter {
  const connection = connect();
  return {
    draft(request, onProgress = () => undefined) {
      return new Promise<DraftDone>((resolve, reject) => {
        const settle = settleWith(resolve, reject, (r) => (r.type === 'done' ? r : undefined));
        connection.ask({ type: 'draft', ...request }, { settle, onProgress });
      });
    },
    close: connection.close,
  };
}

/** Searches the gazetteer in a worker: building it takes about half a second of a thread. */
export function createPlaceSearcher(): PlaceSearcher {
  const connection = connect();
  return {
    search(query, limit) {
      return new Promise<readonly PlaceChoice[]>((resolve, reject) => {
        const settle = settleWith(resolve, reject, (r) =>
          r.type === 'places' ? r.choices : undefined,
        );
        connection.ask(
          { type: 'search', query, ...(limit ? { limit } : {}) },
          { settle, onProgress: () => undefined },
        );
      });
    },
    close: connection.close,
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
