/** Small inline icons for the timeline's buttons; decorative, the buttons carry the names. */

const paths = {
  previous: 'M6 5h2v14H6zM19 5v14L9.5 12z',
  next: 'M16 5h2v14h-2zM5 5v14l9.5-7z',
  play: 'M7 4.5v15L19.5 12z',
  pause: 'M6.5 5h4v14h-4zM13.5 5h4v14h-4z',
  minus: 'M5 11h14v2H5z',
  plus: 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z',
  fit: 'M2 12l4.5-4.5V11h11V7.5L22 12l-4.5 4.5V13h-11v3.5z',
  window: 'M3 5h6v2H5v10h4v2H3zM21 5h-6v2h4v10h-4v2h6zM9 11h6v2H9z',
} as const;

/** A 20 px icon, hidden from assistive technology. */
export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg
      className="timeline-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}
