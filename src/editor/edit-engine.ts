/** The edit engine the store's edit slice is started with (kept out of the reader's first load). */
import type { EditEngine } from '../state/edit-slice';
import { applyEdit } from '../edit/edit-ops';
import { validateFile } from '../edit/validate-story';

export const EDIT_ENGINE: EditEngine = { apply: applyEdit, validate: validateFile };
