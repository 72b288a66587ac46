/** STUB: to be replaced. */
export function EventList() {
  return <div>EventList</div>;
}
