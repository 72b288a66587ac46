/**
 * What an import dropped or guessed, said once per reason with where it happened: "left out: no
 * location (slides 3, 5 and 9)" rather than one line per slide. Reasons are codes with values
 * (import-notes.ts); the catalogue writes them.
 */
import type { ImportNote, LeftOutReason, NoteReason, PartName } from './import-notes';

export type { PartName } from './import-notes';

/** The notes of one import, grouped by reason. */
export class ImportLog {
  private readonly groups = new Map<
    string,
    { reason: NoteReason; part?: PartName; numbers: number[] }
  >();

  /** Records a reason, at a numbered part of the file. */
  add(reason: NoteReason, part?: PartName, number?: number): void {
    // The reason's values make its key: the same words at two places are one note.
    const key = JSON.stringify(reason);
    const group = this.groups.get(key) ?? { reason, ...(part ? { part } : {}), numbers: [] };
    if (number !== undefined) group.numbers.push(number);
    this.groups.set(key, group);
  }

  /** Records that a part was left out, and why. */
  leftOut(why: LeftOutReason, part: PartName, number: number): void {
    this.add({ code: 'left-out', why }, part, number);
  }

  /** True when nothing was recorded. */
  get isEmpty(): boolean {
    return this.groups.size === 0;
  }

  /** The notes, in the order their reasons first came. */
  notes(): ImportNote[] {
    return [...this.groups.values()].map(({ reason, part, numbers }) => ({
      reason,
      ...(part && numbers.length > 0 ? { part } : {}),
      numbers: part ? numbers : [],
    }));
  }
}
