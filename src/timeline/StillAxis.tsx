/**
 * The timeline's marks and ticks as SVG in the page the build writes (still-axis.ts lays them
 * out), so the axis is not an empty box while the scripts load. Every position along the axis is
 * a percentage of its width, which the build cannot know; the looks are the canvas's (kind colour
 * and shape, hatching for a date known to the month or year, faded ends for an approximate one,
 * a dashed ring for a guess). Build-time only: the app never imports this file.
 */
import { useId, type SVGProps } from 'react';
import { shapeVertices } from '../map/kind-shapes';
import { useDateline } from '../state/store-context';
import type { KindLook } from '../story/kind-looks';
import { useLocale } from '../ui/messages-context';
import type { AxisGeometry } from './axis-geometry';
import { DRAW_ORDER, GUESS_RING_RADIUS } from './draw-marks';
import { isPointStyle, storyMarks, type MarkStyle } from './event-layout';
import { POINT_RADIUS } from './mark-shapes';
import { stillAxisDrawing, type StillLabel, type StillMark } from './still-axis';
import { layoutClass, markClass, markMoves } from './still-axis-css';

/** A mark as drawn: in its base layout's lane, with its class if another layout moves it. */
interface DrawnMark extends StillMark {
  readonly y: number;
  readonly className: string | undefined;
}

const percent = (fraction: number) => `${Math.round(fraction * 10_000) / 100}%`;
const round = (value: number) => Math.round(value * 100) / 100;

/** A kind's shape centred on (0, 0), as a path (a circle as two arcs, as the canvas draws it). */
function shapePath(look: KindLook): string {
  if (look.symbol === 'circle') {
    const r = round(POINT_RADIUS);
    return `M${r} 0A${r} ${r} 0 1 1 ${-r} 0A${r} ${r} 0 1 1 ${r} 0Z`;
  }
  const [first, ...rest] = shapeVertices(look.symbol, POINT_RADIUS);
  if (!first) return '';
  return `M${round(first[0])} ${round(first[1])}${rest.map(([x, y]) => `L${round(x)} ${round(y)}`).join('')}Z`;
}

/**
 * A bar's top at its lane's centre: on the half pixel, as the canvas puts it (barRect in
 * draw-marks.ts, so that its outlines are crisp), or the two differ by a pixel row.
 */
const barY = (y: number, geometry: AxisGeometry) =>
  Math.round(y - (geometry.barLaneHeight - 2) / 2) + 0.5;

/** Along the axis in hundredths of its width: the stretched layer's units. */
const hundredths = (fraction: number) => round(fraction * 100);

/**
 * Vertical strokes at each fraction, from y0 down `length` px, as one path in hundredths: each
 * after the first a step from the one before (the steps between day ticks are all alike, so the
 * page's gzip packs them), stepped between rounded places so that no error adds up.
 */
function strokesAt(fractions: readonly number[], y0: number, length: number): string {
  let before: number | undefined;
  let d = '';
  for (const at of fractions) {
    const x = hundredths(at);
    d += before === undefined ? `M${x} ${y0}` : `m${round(x - before)} ${-length}`;
    d += `v${length}`;
    before = x;
  }
  return d;
}

/** The still timeline for the axis's layout; nothing for a story too big to draw in the page. */
export function StillAxis({ geometry }: { readonly geometry: AxisGeometry }) {
  const story = useDateline((state) => state.story);
  const axis = useDateline((state) => state.axis);
  const locale = useLocale();
  const id = useId();
  if (!story) return null;
  const marks = storyMarks(story);
  const drawing = stillAxisDrawing(marks, axis, geometry, locale);
  if (!drawing) return null;
  const { axisY, barTop, labelY, canvasHeight } = geometry;
  const { layouts, base } = drawing;
  const several = layouts.length > 1;
  const drawn: DrawnMark[] = drawing.marks.map((mark, index) => ({
    ...mark,
    y: layouts[base]?.y[index] ?? 0,
    className: several && markMoves(drawing, index) ? markClass(index) : undefined,
  }));
  const shapeId = (kind: number) => `${id}s${kind}`;
  const pointKinds = new Set(
    drawn.filter((mark) => isPointStyle(mark.style)).map((mark) => mark.kind),
  );
  const solidBar = (mark: DrawnMark) => {
    const top = barY(mark.y, geometry);
    const width = Math.max(hundredths(mark.to - mark.from), 0.1);
    return `M${hundredths(mark.from)} ${top}h${width}v${geometry.barLaneHeight - 2}h${-width}Z`;
  };
  // Bars that keep their lane at every width are one path per kind; one that moves is its own.
  const solidBars = (kind: number) =>
    drawn
      .filter((mark) => mark.style === 'bar' && mark.kind === kind && !mark.className)
      .map(solidBar)
      .join('');
  const layoutProps = (index: number) => (several ? { className: layoutClass(index) } : {});
  return (
    <svg
      className="first-axis"
      width="100%"
      height={canvasHeight}
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        {marks.looks.map((look, kind) =>
          pointKinds.has(kind) ? (
            <path key={look.id} id={shapeId(kind)} d={shapePath(look)} />
          ) : null,
        )}
      </defs>
      {/* Lines and solid bars stretch with the axis: a path's units are hundredths of its width
          (its strokes keep their width: vector-effect). */}
      <svg
        viewBox={`0 0 100 ${canvasHeight}`}
        preserveAspectRatio="none"
        overflow="visible"
        width="100%"
        height={canvasHeight}
      >
        <path
          className="first-axis__axis"
          fill="none"
          vectorEffect="non-scaling-stroke"
          d={`M0 ${axisY + 0.5}H100`}
        />
        {layouts.map((layout, index) => (
          <g key={index} {...layoutProps(index)}>
            <path
              className="first-axis__grid"
              fill="none"
              strokeDasharray="2 3"
              vectorEffect="non-scaling-stroke"
              d={strokesAt(layout.major, barTop, axisY - barTop)}
            />
            <path
              className="first-axis__axis"
              fill="none"
              vectorEffect="non-scaling-stroke"
              d={`${strokesAt(layout.minor, axisY, 3)}${strokesAt(layout.major, axisY, 6)}`}
            />
          </g>
        ))}
        {marks.looks.map((look, kind) => {
          const d = solidBars(kind);
          return d ? (
            <path key={look.id} style={kindColor(look)} fill="currentColor" d={d} />
          ) : null;
        })}
        {drawn.map((mark, index) => {
          const look = marks.looks[mark.kind];
          return look && mark.style === 'bar' && mark.className ? (
            <path
              key={`m${index}`}
              className={mark.className}
              style={kindColor(look)}
              fill="currentColor"
              d={solidBar(mark)}
            />
          ) : null;
        })}
      </svg>
      {layouts.map((layout, index) => (
        <g key={index} {...layoutProps(index)}>
          {layout.labels.map((label) => (
            <Label key={`l${label.at}`} label={label} y={labelY} />
          ))}
        </g>
      ))}
      {DRAW_ORDER.map((style) =>
        marks.looks.map((look, kind) => {
          const group = drawn.filter(
            (mark) => mark.style === style && mark.kind === kind && (style !== 'bar' || mark.guess),
          );
          if (group.length === 0) return null;
          return (
            <g key={`${style}${look.id}`} style={kindColor(look)} {...GROUP_LOOK[style]}>
              <StyleGroup
                style={style}
                group={group}
                geometry={geometry}
                id={`${id}${DRAW_ORDER.indexOf(style)}k${kind}`}
                shape={`#${shapeId(kind)}`}
              />
            </g>
          );
        }),
      )}
    </svg>
  );
}

/** A tick label: on its tick, or 2 px inside the end of the axis it would cross, as the canvas. */
function Label({
  label: { at, label, anchor },
  y,
}: {
  readonly label: StillLabel;
  readonly y: number;
}) {
  const place =
    anchor === 'start' ? { x: 2 } : anchor === 'end' ? { x: '100%', dx: -2 } : { x: percent(at) };
  return (
    <text className="first-axis__label" y={y} textAnchor={anchor} {...place}>
      {label}
    </text>
  );
}

/** Each style's look, on its group (the colours that follow the theme: first-axis.css). */
const GROUP_LOOK: Readonly<Record<MarkStyle, SVGProps<SVGGElement>>> = {
  point: { className: 'first-axis__point', fill: 'currentColor' },
  'approximate-point': {
    fill: 'currentColor',
    fillOpacity: 0.4,
    stroke: 'currentColor',
    strokeDasharray: '2 2',
  },
  coarse: { stroke: 'currentColor' },
  'approximate-bar': { fillOpacity: 0.85, stroke: 'currentColor', strokeDasharray: '3 3' },
  bar: {},
};

/** A guess's dashed ring, as the canvas draws it (draw-marks.ts). */
const GUESS = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
  strokeDasharray: '3 2',
} as const;

/**
 * The kind's colour as the page's theme sets it, light or dark: the prerendered page's stylesheet
 * declares every kind of its story (prerender-story.tsx).
 */
const kindColor = (look: KindLook) => ({ color: `var(--kind-${look.id})` });

interface StyleGroupProps {
  readonly style: MarkStyle;
  readonly group: readonly DrawnMark[];
  readonly geometry: AxisGeometry;
  /** Unique within the page: for this group's pattern and gradients. */
  readonly id: string;
  /** The kind's shape, for points. */
  readonly shape: string;
}

/** One kind's marks of one style, in currentColor. */
function StyleGroup({ style, group, geometry, id, shape }: StyleGroupProps) {
  const height = geometry.barLaneHeight - 2;
  const bar = (mark: DrawnMark, fill: string, key: string) => (
    <rect
      key={key}
      className={mark.className}
      x={percent(mark.from)}
      y={barY(mark.y, geometry)}
      width={percent(mark.to - mark.from)}
      height={height}
      fill={fill}
    />
  );
  const guessRing = (mark: DrawnMark) =>
    isPointStyle(mark.style) ? (
      <circle {...GUESS} cx={percent(mark.from)} cy={mark.y} r={GUESS_RING_RADIUS} />
    ) : (
      <rect
        {...GUESS}
        x={percent(mark.from)}
        y={round(mark.y - geometry.barLaneHeight / 2)}
        width={percent(mark.to - mark.from)}
        height={geometry.barLaneHeight}
      />
    );
  return (
    <>
      {style === 'coarse' && (
        // The canvas's tint of the kind's colour, hatched (mark-shapes.ts).
        <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6">
          <rect width="6" height="6" fill="currentColor" fillOpacity="0.16" stroke="none" />
          <path d="M-1 7L7-1M-1 1L1-1M5 7L7 5" stroke="currentColor" strokeWidth="1.5" />
        </pattern>
      )}
      {group.map((mark, index) => {
        const key = `${index}`;
        switch (mark.style) {
          case 'point':
          case 'approximate-point':
            return (
              <use
                key={key}
                className={mark.className}
                href={shape}
                x={percent(mark.from)}
                y={mark.y}
              />
            );
          case 'coarse':
            return bar(mark, `url(#${id})`, key);
          case 'approximate-bar': {
            const gradient = `${id}_${index}`;
            return (
              <g key={key}>
                <linearGradient id={gradient}>
                  <stop offset="0" stopColor="currentColor" stopOpacity="0" />
                  <stop offset={round(mark.fade)} stopColor="currentColor" />
                  <stop offset={round(1 - mark.fade)} stopColor="currentColor" />
                  <stop offset="1" stopColor="currentColor" stopOpacity="0" />
                </linearGradient>
                {bar(mark, `url(#${gradient})`, key)}
              </g>
            );
          }
          // Solid bars are drawn in the stretched layer; only a guess's ring is drawn here.
          case 'bar':
            return null;
        }
      })}
      {group
        .filter((mark) => mark.guess)
        .map((mark, index) => (
          <g key={`guess${index}`} className={mark.className}>
            {guessRing(mark)}
          </g>
        ))}
    </>
  );
}
