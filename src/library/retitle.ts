/** Renaming a kept story renames the story itself, so its export carries the new title. */

/** The story file's text with a new title; undefined when the text is not a JSON object. */
export function retitleStoryText(text: string, title: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  return `${JSON.stringify({ ...data, title }, null, 2)}\n`;
}
