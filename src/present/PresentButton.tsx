/** STUB: to be replaced. */
export function PresentButton() {
  return null;
}
