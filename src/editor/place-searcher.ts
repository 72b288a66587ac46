/**
 * The editor's place search, in a worker made on the first search and kept for the next: the
 * gazetteer it searches takes about half a second to build, which would freeze the page.
 */
import { createPlaceSearcher, type PlaceSearcher } from '../draft/draft-client';
import type { PlaceChoice } from '../edit/place-search';

let searcher: PlaceSearcher | undefined;

export function searchPlaces(query: string): Promise<readonly PlaceChoice[]> {
  const current = (searcher ??= createPlaceSearcher());
  return current.search(query).catch((error: unknown) => {
    // A worker that failed (the gazetteer did not load) is replaced on the next search.
    current.close();
    if (searcher === current) searcher = undefined;
    throw error;
  });
}
