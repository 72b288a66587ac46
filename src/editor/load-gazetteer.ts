/**
 * The draft's offline gazetteer for the place search, loaded on first use only (it is large): the
 * data file ships with the app and is fetched from the page's own origin.
 */
import { buildGazetteer, type Gazetteer } from '../draft/gazetteer';

let loading: Promise<Gazetteer> | undefined;

export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= (async () => {
    const { default: url } = await import('../draft/gazetteer-data.json?url');
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return buildGazetteer(await response.json());
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
