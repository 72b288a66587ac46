/** STUB: to be replaced. */
export function Timeline() {
  return <div>Timeline</div>;
}
