/** A kind's marker as a small inline SVG, drawn from the same outline as the map's icons. */
import type { KindSymbol as SymbolName } from '../story/story-schema';
import { shapeVertices, svgPoints } from './kind-shapes';

interface KindSymbolProps {
  readonly symbol: SymbolName;
  /** The kind's colour, or currentColor for neutral legend entries. */
  readonly color: string;
  /** Hollow: the date is not known to the day. */
  readonly hollow?: boolean;
  /** A ring: the event spans a range of dates. */
  readonly range?: boolean;
  readonly size?: number;
}

/** Decorative: the words beside it say what it means. */
export function KindSymbol({
  symbol,
  hollow = false,
  range = false,
  color,
  size = 22,
}: KindSymbolProps) {
  const fill = color;
  const centre = 15;
  const points = svgPoints(shapeVertices(symbol, 7.5), centre, centre);
  return (
    <svg
      className="kind-symbol"
      width={size}
      height={size}
      viewBox="0 0 30 30"
      aria-hidden="true"
      focusable="false"
    >
      {range && <circle cx={centre} cy={centre} r={12} fill="none" stroke={fill} strokeWidth={2} />}
      <polygon
        points={points}
        fill={hollow ? '#ffffff' : fill}
        stroke={hollow ? fill : '#ffffff'}
        strokeWidth={hollow ? 2.5 : 1.5}
        strokeLinejoin="round"
      />
    </svg>
  );
}
