/** Ids in the story format's shape (lowercase letters, digits, hyphens), made from any text. */

const MAX_ID = 60;

/** "Apollo 11: Humans Walk on the Moon" → "apollo-11-humans-walk-on-the-moon"; "" when nothing is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
}

/** Valid, distinct ids for the hints, in order: repeats get "-2", "-3"; empty ones "event-N". */
export function uniqueIds(hints: readonly string[]): string[] {
  const used = new Set<string>();
  return hints.map((hint, index) => {
    const base = slugify(hint) || `event-${index + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
