/** STUB: to be replaced. */
export function EmbedButton() {
  return null;
}
