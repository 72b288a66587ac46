/**
 * Drafts off the page's thread, so a long article never blocks it. The gazetteer is fetched
 * once, from the app's own origin (an asset of the build), and kept for later drafts.
 */
import gazetteerUrl from './gazetteer-data.json?url';
import { draftArticle } from './draft';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { draftRequestSchema, type DraftReply } from './worker-messages';

let gazetteer: Promise<Gazetteer> | undefined;

function loadGazetteer(): Promise<Gazetteer> {
  gazetteer ??= fetch(gazetteerUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`the gazetteer did not load (HTTP ${response.status})`);
      return response.json();
    })
    .then((data: unknown) => buildGazetteer(data));
  return gazetteer;
}

function post(reply: DraftReply): void {
  postMessage(reply);
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = draftRequestSchema.safeParse(event.data);
  if (!request.success) {
    post({
      type: 'error',
      id: -1,
      message: `The draft request is not valid: ${request.error.issues[0]?.message ?? 'unknown problem'}`,
    });
    return;
  }
  const started = performance.now();
  const { id } = request.data;
  post({ type: 'progress', id, step: 'gazetteer', fraction: 0 });
  loadGazetteer()
    .then((places) => {
      const { text, type: _type, id: _id, ...options } = request.data;
      const result = draftArticle(text, places, {
        ...options,
        onProgress: (step, fraction) => post({ type: 'progress', id, step, fraction }),
      });
      post({
        type: 'done',
        id,
        story: result.story,
        messages: [...result.messages],
        eventCount: result.eventCount,
        times: [...result.annotations.times],
        places: [...result.annotations.places],
        seconds: (performance.now() - started) / 1000,
      });
    })
    .catch((error: unknown) => {
      post({
        type: 'error',
        id,
        message: `The draft failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    });
});
