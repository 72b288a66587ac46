/**
 * The story-wide settings of format 2, parsed one part at a time so that a bad kind or a bad map
 * entry is reported and left out while the rest still applies.
 */
import { z } from 'zod';
import { problemsFromIssues, type Problem } from './problem';
import {
  kindDeclarationSchema,
  mapSettingsSchema,
  type KindDeclaration,
  type StoryMapSettings,
} from './story-schema';

/** The valid kind declarations, in the story's order; repeated ids are reported and dropped. */
export function parseKinds(
  raw: readonly unknown[] | undefined,
  problems: Problem[],
): KindDeclaration[] {
  const kinds: KindDeclaration[] = [];
  (raw ?? []).forEach((item, index) => {
    const parsed = kindDeclarationSchema.safeParse(item);
    if (!parsed.success) {
      problems.push(...problemsFromIssues(parsed.error.issues, ['kinds', index]));
    } else if (kinds.some((kind) => kind.id === parsed.data.id)) {
      problems.push({ path: `kinds[${index}].id`, code: 'repeated-id', id: parsed.data.id });
    } else {
      kinds.push(parsed.data);
    }
  });
  return kinds;
}

const mapPartsSchema = z.strictObject({
  view: z.unknown().optional(),
  focusCountries: z.unknown().optional(),
  borders: z.unknown().optional(),
});

/** The map settings with each bad part (view, focusCountries, borders) reported and left out. */
export function parseMapSettings(raw: unknown, problems: Problem[]): StoryMapSettings | undefined {
  if (raw === undefined) return undefined;
  const parts = mapPartsSchema.safeParse(raw);
  if (!parts.success) {
    problems.push(...problemsFromIssues(parts.error.issues, ['map']));
    return undefined;
  }
  const shape = mapSettingsSchema.shape;
  const view = shape.view.safeParse(parts.data.view);
  const focusCountries = shape.focusCountries.safeParse(parts.data.focusCountries);
  const borders = shape.borders.safeParse(parts.data.borders);
  for (const [key, result] of [
    ['view', view],
    ['focusCountries', focusCountries],
    ['borders', borders],
  ] as const) {
    if (!result.success) problems.push(...problemsFromIssues(result.error.issues, ['map', key]));
  }
  return {
    ...(view.success && view.data ? { view: view.data } : {}),
    ...(focusCountries.success && focusCountries.data
      ? { focusCountries: focusCountries.data }
      : {}),
    ...(borders.success && borders.data ? { borders: borders.data } : {}),
  };
}
