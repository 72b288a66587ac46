/** STUB: to be replaced. */
export function MapView() {
  return <div>MapView</div>;
}
