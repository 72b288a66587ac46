/**
 * The edit API: every change the editor (forms, map tools, review buttons) can make to a story,
 * as one `EditOp` value, applied by the pure `applyEdit(file, op)`.
 *
 * Ops work on the story FILE (`StoryFile`, the format as written: dates as text, events in file
 * order), never on the parsed `Story`, so what is saved and exported is exactly what was edited.
 * Events are named by id; a step, excerpt or context fact by its index. An op that cannot apply
 * (no such event, a quote that is not verbatim, a split that leaves an event without excerpts)
 * returns `{ ok: false, reason }` and the story is unchanged. Field values that are merely invalid
 * (an empty title, an end before the start) DO apply: the editor shows what the parser says about
 * them at the field (see validate-story.ts), as a person types.
 *
 * Dispatch from the UI: `store.getState().applyEdit({ type: 'set-place', eventId, place })`.
 */
import type {
  Citation,
  KindDeclaration,
  MapBorder,
  StepInput,
  StoryFile,
} from '../story/story-schema';
import { eventOps, type EventOp } from './event-ops';
import { structureOps, type StructureOp } from './structure-ops';
import { reviewOps, type ReviewOp } from './review-ops';
import { fail, findEvent, ok, stepsOf, type EditResult } from './edit-result';

export type { EditResult };

export type { Citation };

/** A change to the story as a whole. */
export type StoryOp =
  | { readonly type: 'set-story-title'; readonly title: string }
  | { readonly type: 'set-story-summary'; readonly summary: string }
  | { readonly type: 'set-kinds'; readonly kinds: readonly KindDeclaration[] }
  | { readonly type: 'set-focus-countries'; readonly countries: readonly string[] }
  | { readonly type: 'set-borders'; readonly borders: readonly MapBorder[] }
  | { readonly type: 'add-step'; readonly step: StepInput; readonly at?: number }
  | { readonly type: 'remove-step'; readonly index: number }
  | { readonly type: 'move-step'; readonly index: number; readonly to: number }
  | { readonly type: 'set-step-notes'; readonly index: number; readonly notes: string };

/** Every edit the editor can make; see the op files for what each does. */
export type EditOp = StoryOp | EventOp | StructureOp | ReviewOp;

/** Applies one edit; never mutates `file`. */
export function applyEdit(file: StoryFile, op: EditOp): EditResult {
  switch (op.type) {
    case 'set-story-title':
      return ok({ ...file, title: op.title });
    case 'set-story-summary':
      return ok({ ...file, summary: op.summary });
    case 'set-kinds': {
      // No kinds leaves no empty key: the story then uses the built-in six.
      const { kinds: _kinds, ...rest } = file;
      return ok(op.kinds.length > 0 ? { ...rest, kinds: [...op.kinds] } : rest);
    }
    case 'set-focus-countries':
      return ok(setMap(file, 'focusCountries', [...new Set(op.countries)]));
    case 'set-borders':
      return ok(setMap(file, 'borders', [...op.borders]));
    case 'add-step':
    case 'remove-step':
    case 'move-step':
    case 'set-step-notes':
      return stepOp(file, op);
    case 'accept-guess':
    case 'reject-guess':
    case 'accept-all':
      return reviewOps(file, op);
    case 'add-event':
    case 'delete-event':
    case 'merge-events':
    case 'split-event':
      return structureOps(file, op);
    default:
      return eventOps(file, op);
  }
}

function setMap<K extends 'focusCountries' | 'borders'>(
  file: StoryFile,
  key: K,
  value: NonNullable<NonNullable<StoryFile['map']>[K]>,
): StoryFile {
  const { [key]: _old, ...rest } = file.map ?? {};
  const map = value.length > 0 ? { ...rest, [key]: value } : rest;
  const { map: _map, ...withoutMap } = file;
  return Object.keys(map).length > 0 ? { ...withoutMap, map } : withoutMap;
}

function stepOp(
  file: StoryFile,
  op: Extract<StoryOp, { type: 'add-step' | 'remove-step' | 'move-step' | 'set-step-notes' }>,
): EditResult {
  const steps = stepsOf(file);
  switch (op.type) {
    case 'add-step': {
      if (!findEvent(file, op.step.event)) return fail(`there is no event "${op.step.event}"`);
      const at = op.at === undefined ? steps.length : clamp(op.at, 0, steps.length);
      steps.splice(at, 0, op.step);
      return ok({ ...file, steps });
    }
    case 'remove-step':
      if (!steps[op.index]) return fail(`there is no step ${op.index + 1}`);
      steps.splice(op.index, 1);
      return ok({ ...file, steps });
    case 'move-step': {
      const [step] = steps.splice(op.index, 1);
      if (!step) return fail(`there is no step ${op.index + 1}`);
      steps.splice(clamp(op.to, 0, steps.length), 0, step);
      return ok({ ...file, steps });
    }
    case 'set-step-notes': {
      const step = steps[op.index];
      if (!step) return fail(`there is no step ${op.index + 1}`);
      const { notes: _notes, ...rest } = step;
      steps[op.index] = op.notes === '' ? rest : { ...rest, notes: op.notes };
      return ok({ ...file, steps });
    }
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, Math.trunc(value)));
}
