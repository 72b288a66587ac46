/** STUB: to be replaced. */
export function EventDetails() {
  return <div>EventDetails</div>;
}
