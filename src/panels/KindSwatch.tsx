/** The event kind's shape in its colour: the same two channels the map uses, at text size. */
import { EVENT_KINDS, type KindShape } from '../story/event-kinds';
import type { EventKind } from '../story/story';

function polygon(points: number, outer: number, inner: number): string {
  const steps = inner === outer ? points : points * 2;
  return Array.from({ length: steps }, (_, index) => {
    const radius = index % 2 === 1 && inner !== outer ? inner : outer;
    const angle = -Math.PI / 2 + (index * 2 * Math.PI) / steps;
    return `${(6 + radius * Math.cos(angle)).toFixed(2)},${(6 + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

const SHAPES: Record<KindShape, string> = {
  circle: '',
  square: '1.5,1.5 10.5,1.5 10.5,10.5 1.5,10.5',
  diamond: '6,0.5 11.5,6 6,11.5 0.5,6',
  triangle: '6,0.8 11.6,10.8 0.4,10.8',
  hexagon: polygon(6, 5.7, 5.7),
  star: polygon(5, 6, 2.6),
};

/** A 12-unit shape, decorative: the kind is always said in words beside it. */
export function KindSwatch({ kind, size = 12 }: { kind: EventKind; size?: number }) {
  const { shape } = EVENT_KINDS[kind];
  const fill = `var(--kind-${kind})`;
  return (
    <svg
      className="kind-swatch"
      width={size}
      height={size}
      viewBox="0 0 12 12"
      aria-hidden="true"
      focusable="false"
    >
      {shape === 'circle' ? (
        <circle cx="6" cy="6" r="5.2" fill={fill} />
      ) : (
        <polygon points={SHAPES[shape]} fill={fill} />
      )}
    </svg>
  );
}
