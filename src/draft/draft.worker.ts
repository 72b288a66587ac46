/**
 * Drafts off the page's thread, so a long article never blocks it, and searches the gazetteer for
 * the editor's place field, whose building (about half a second) would block it too. The
 * gazetteer is fetched once, from the app's own origin (an asset of the build), and kept.
 */
import gazetteerUrl from './gazetteer-data.json?url';
import { draftArticle } from './draft';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { searchPlaces } from '../edit/place-search';
import { workerRequestSchema, type DraftReply } from './worker-messages';

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
  const request = workerRequestSchema.safeParse(event.data);
  if (!request.success) {
    post({
      type: 'error',
      id: -1,
      message: `The draft request is not valid: ${request.error.issues[0]?.message ?? 'unknown problem'}`,
    });
    return;
  }
  const { data } = request;
  if (data.type === 'search') {
    loadGazetteer()
      .then((places) =>
        post({
          type: 'places',
          id: data.id,
          choices: searchPlaces(places, data.query, data.limit),
        }),
      )
      .catch((error: unknown) =>
        post({
          type: 'error',
          id: data.id,
          message: `The place search failed: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
    return;
  }
  const started = performance.now();
  const { id } = data;
  post({ type: 'progress', id, step: 'gazetteer', fraction: 0 });
  loadGazetteer()
    .then((places) => {
      const { text, type: _type, id: _id, ...options } = data;
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
