/**
 * What an import refuses, said as data: a stable code and its values, no words. The interface's
 * catalogue (src/i18n/<lang>/imports.ts) writes them in the reader's language, so an import's
 * refusal reads the same in English, Russian and Persian and can cross a worker's postMessage.
 */
import type { z } from 'zod';
import { formatPath } from '../story/problem';

/** Why an importer found no story in a file, without the file's name. */
export type RefusalDetail =
  // Telling what kind of file it is.
  | { readonly code: 'empty' }
  | { readonly code: 'not-text' }
  | { readonly code: 'markup' }
  | { readonly code: 'no-columns' }
  | { readonly code: 'bad-json'; readonly reason: string }
  | { readonly code: 'json-not-object'; readonly list: boolean }
  | { readonly code: 'geojson-type'; readonly type: string }
  | { readonly code: 'json-unknown'; readonly keys: readonly string[] }
  | { readonly code: 'too-large'; readonly megabytes: number; readonly limit: number }
  // An importer's own refusals.
  | { readonly code: 'no-events' }
  | { readonly code: 'gigapixel' }
  | { readonly code: 'not-list'; readonly key: string; readonly slides: boolean }
  | { readonly code: 'not-feature-collection' }
  | { readonly code: 'not-format'; readonly format: 'timeline' | 'storymap' | 'geojson' }
  | { readonly code: 'no-rows' }
  | { readonly code: 'no-features' }
  | { readonly code: 'no-column'; readonly names: readonly string[] }
  | { readonly code: 'no-property'; readonly names: readonly string[] }
  | { readonly code: 'choose-column' }
  | { readonly code: 'choose-property' };

/** A refusal of one file, by its name. */
export type ImportRefusal = RefusalDetail & { readonly file: string };

/** The messages a schema gives, as codes that `shapeRefusal` turns back into data. */
export const NOT_LIST = 'not-list';
export const NOT_FEATURE_COLLECTION = 'not-feature-collection';

/** What a file's top-level schema said, as a refusal; `format` when it said nothing known. */
export function shapeRefusal(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  format: 'timeline' | 'storymap' | 'geojson',
  slides: boolean,
): RefusalDetail {
  const issue = issues[0];
  if (issue?.message === NOT_LIST) return { code: 'not-list', key: formatPath(issue.path), slides };
  if (issue?.message === NOT_FEATURE_COLLECTION) return { code: 'not-feature-collection' };
  return { code: 'not-format', format };
}
