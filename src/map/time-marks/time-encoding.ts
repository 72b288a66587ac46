/**
 * Event times as the GPU compares them. A shader has only 32-bit floats, which hold integers
 * exactly up to 2^24: times are counted in whole units (a minute, or a power-of-two multiple of
 * a minute for stories longer than 31 years) from the story's first moment. Starts round down and
 * ends round up, so an event is never hidden by the rounding; stories' times are whole minutes,
 * for which the comparison is exact.
 */

const MINUTE = 60_000;
/** Largest integer a 32-bit float holds exactly. */
const EXACT = 2 ** 24;

/** How times are counted: `unit` milliseconds from `base`. */
export interface TimeEncoding {
  readonly base: number;
  readonly unit: number;
}

/** The encoding for times between `first` and `last` (UTC ms). */
export function timeEncoding(first: number, last: number): TimeEncoding {
  let unit = MINUTE;
  const base = Math.floor(first / MINUTE) * MINUTE;
  while ((last - base) / unit >= EXACT - 2) unit *= 2;
  return { base, unit };
}

function clamp(value: number): number {
  return Math.max(-1, Math.min(EXACT, value));
}

/** An event's start, rounded down. */
export function encodeStart(encoding: TimeEncoding, ms: number): number {
  return clamp(Math.floor((ms - encoding.base) / encoding.unit));
}

/** An event's end, rounded up. */
export function encodeEnd(encoding: TimeEncoding, ms: number): number {
  return clamp(Math.ceil((ms - encoding.base) / encoding.unit));
}

/**
 * The window [from, to) as the shader's uniforms: an event shows when start < to and end > from.
 * The window widens to whole units, the same way the events do.
 */
export function encodeWindow(
  encoding: TimeEncoding,
  window: { readonly from: number; readonly to: number },
): [number, number] {
  return [encodeStart(encoding, window.from), encodeEnd(encoding, window.to)];
}
