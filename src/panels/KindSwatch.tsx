/** The event kind's symbol in its colour: the same two channels the map uses, at text size. */
import { shapeVertices, svgPoints } from '../map/kind-shapes';
import type { KindLook } from '../story/kind-looks';

/**
 * A 12-unit symbol, decorative: the kind is always said in words beside it. Its colour is the
 * theme's --kind-<id> property, falling back to the kind's own light colour.
 */
export function KindSwatch({ look, size = 12 }: { look: KindLook; size?: number }) {
  const fill = `var(--kind-${look.id}, ${look.color})`;
  return (
    <svg
      className="kind-swatch"
      width={size}
      height={size}
      viewBox="0 0 12 12"
      aria-hidden="true"
      focusable="false"
    >
      {look.symbol === 'circle' ? (
        <circle cx="6" cy="6" r="5.2" fill={fill} />
      ) : (
        <polygon points={svgPoints(shapeVertices(look.symbol, 4.9), 6, 6)} fill={fill} />
      )}
    </svg>
  );
}
