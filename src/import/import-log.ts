/**
 * What an import dropped or guessed, said once per reason with where it happened:
 * "left out: no location (slides 3, 5 and 9)" rather than one line per slide.
 */

/** How a file's parts are counted: by the words its own editor uses. */
export type PartName = 'event' | 'slide' | 'row' | 'feature';

const LISTED = 8;

export class ImportLog {
  private readonly groups = new Map<string, { part?: PartName; numbers: number[] }>();

  /** Records a reason, at a numbered part of the file (1-based, as a person counts). */
  add(reason: string, part?: PartName, number?: number): void {
    const group = this.groups.get(reason) ?? { part, numbers: [] };
    if (number !== undefined) group.numbers.push(number);
    this.groups.set(reason, group);
  }

  /** True when nothing was recorded. */
  get isEmpty(): boolean {
    return this.groups.size === 0;
  }

  /** One line per reason. */
  lines(): string[] {
    return [...this.groups].map(([reason, { part, numbers }]) =>
      part && numbers.length > 0 ? `${reason} (${where(part, numbers)})` : reason,
    );
  }
}

function where(part: PartName, numbers: readonly number[]): string {
  if (numbers.length === 1) return `${part} ${numbers[0]}`;
  const plural = `${part}s`;
  if (numbers.length > LISTED) {
    return `${numbers.length} ${plural}: ${numbers.slice(0, LISTED).join(', ')}…`;
  }
  return `${plural} ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}
