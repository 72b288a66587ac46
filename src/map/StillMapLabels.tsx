/**
 * The still maps' names (the first map, the map without WebGL, the printed handout), set as the
 * live map sets its basemap's names at the same zoom: which places, their sizes and looks from
 * basemap-label-rules.ts, placed in the live map's order and dropped where they would meet one
 * placed before. Each piece carries a class by which a stylesheet repaints it (still-map-palette.ts).
 */
import { useMemo } from 'react';
import { rounded } from '../geo/svg-path-data';
import {
  BORDER_LABEL,
  borderLabelSize,
  countryLabelSize,
  TOWN_LABEL_SIZES,
} from './basemap-label-rules';
import { LIGHT_PALETTE, type BasemapPalette } from './basemap-palette';
import { inLatinFace } from './latin-glyphs';
import type { HandoutGeo, HandoutLabel } from './static-map-geo';
import { placeLabels, project, type Box, type Frame, type LabelSpot } from './static-map';

/** A label's size in the live map's px at `zoom`. */
function liveLabelSize({ kind, strong }: HandoutLabel, zoom: number): number {
  if (kind === 'country') return countryLabelSize(strong, zoom);
  if (kind === 'border') return borderLabelSize(zoom);
  return strong ? TOWN_LABEL_SIZES.capital : TOWN_LABEL_SIZES.town;
}

/** The live map's zoom at which a frame shows what the drawing does, `scale` px of it per px. */
function liveZoom(frame: Frame, scale: number): number {
  return Math.log2(frame.width / scale / ((frame.x1 - frame.x0) * 512));
}

/** Country names are set in capitals spaced 0.12 em apart, as on the live map. */
const COUNTRY_SPACING = 0.12;
/** A capital letter of Noto Sans is about this wide, in ems, with the spacing. */
const COUNTRY_EM = 0.66 + COUNTRY_SPACING;
/** A character of Noto Sans Italic is about this wide, in ems. */
const ITALIC_EM = 0.45;
/** A town's name starts this many ems right of its dot (CITY_ANCHORS' first anchor). */
const TOWN_OFFSET = 0.6;
/** From the top of a line of text to its baseline, in ems (Noto Sans's ascent, about). */
const ASCENT = 0.95;
/** Px the live map keeps between two names (MapLibre's text-padding). */
const TEXT_PADDING = 2;
/** The live map's text halo, px (text-halo-width): an SVG stroke reaches half its width out. */
const HALO_WIDTH = 1.4;
/** The live map's town dots, px: radius and stroke (MapLibre strokes outside the radius). */
const DOT = { capital: { radius: 3.5, stroke: 1.5 }, town: { radius: 2.5, stroke: 1 } } as const;
const DOT_KINDS = ['town', 'capital'] as const;

/**
 * Words broken into lines of at most `maxWidth` (a word longer stands alone), as even in width as
 * can be, as MapLibre balances a label's lines: the fewest lines, then the smallest sum of each
 * line's squared distance from the mean width. `widthOf` measures a line.
 */
export function balancedLines(
  text: string,
  maxWidth: number,
  widthOf: (line: string) => number,
): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const whole = widthOf(text);
  if (whole <= maxWidth || words.length < 2) return [text];
  const line = (from: number, to: number) => words.slice(from, to).join(' ');
  const count = Math.ceil(whole / maxWidth);
  for (let lines = count; lines <= words.length; lines += 1) {
    const target = whole / lines;
    // best[n][i]: the cheapest way to set the first i words in n lines, and where its last began.
    const best = Array.from({ length: lines + 1 }, () =>
      Array.from({ length: words.length + 1 }, () => ({ cost: Infinity, from: 0 })),
    );
    const start = best[0]?.[0];
    if (start) start.cost = 0;
    for (let n = 1; n <= lines; n += 1)
      for (let i = 1; i <= words.length; i += 1)
        for (let from = 0; from < i; from += 1) {
          const width = widthOf(line(from, i));
          if (width > maxWidth && i - from > 1) continue;
          const cost = (best[n - 1]?.[from]?.cost ?? Infinity) + (width - target) ** 2;
          const cell = best[n]?.[i];
          if (cell && cost < cell.cost) Object.assign(cell, { cost, from });
        }
    if ((best[lines]?.[words.length]?.cost ?? Infinity) === Infinity) continue;
    const broken: string[] = [];
    for (let n = lines, end = words.length; n > 0; n -= 1) {
      const from = best[n]?.[end]?.from ?? 0;
      broken.unshift(line(from, end));
      end = from;
    }
    return broken;
  }
  return words;
}

/**
 * Country, border and town names in the live map's looks: a focus country and a capital bold and
 * darker, other countries lighter, a border the story names in italics below its middle, every
 * town with its dot. Where `marks` are given (a printed locator map) the names keep clear of them
 * and a town under a mark is named beside it; without them the names are placed as the live map
 * places its own, over the marks.
 */
export function Labels({
  frame,
  geo,
  marks = [],
  scale = 1.5,
  decimals = 1,
  palette = LIGHT_PALETTE,
  latinFaceOnly = false,
}: {
  frame: Frame;
  geo: HandoutGeo;
  marks?: readonly Box[];
  /** Px of the drawing per px of the live map. */
  scale?: number;
  /** Decimal places of the labels' px. */
  decimals?: number;
  palette?: BasemapPalette;
  /**
   * Labels Noto Sans's Latin face cannot draw are set in the system's sans-serif: a placeholder's
   * labels then make the page fetch no other face of Noto Sans (a 56 KB file for "İzmir").
   */
  latinFaceOnly?: boolean;
}) {
  const { placed, dots } = useMemo(() => {
    const zoom = liveZoom(frame, scale);
    // The names the live map shows at this zoom.
    const shown = geo.labels.filter(({ minZoom }) => zoom >= minZoom);
    const candidates = shown.map((label) => {
      const [x, y] = project(frame, [...label.position]);
      const { kind } = label;
      const size = liveLabelSize(label, zoom) * scale;
      const em = kind === 'country' ? COUNTRY_EM : kind === 'border' ? ITALIC_EM : undefined;
      const text =
        kind === 'country'
          ? label.name.toUpperCase()
          : kind === 'border'
            ? balancedLines(
                label.name,
                BORDER_LABEL.maxWidth,
                (line) => line.length * ITALIC_EM,
              ).join('\n')
            : label.name;
      // A town's name sits to the right of its dot, or of the event's mark when that covers it;
      // else left of the dot, below it or above it, as the live map tries (CITY_ANCHORS).
      const cover =
        kind === 'city'
          ? marks.find(([l, t, r, b]) => x >= l && x <= r && y >= t && y <= b)
          : undefined;
      const offset = TOWN_OFFSET * size;
      const middle = y + size * 0.35;
      const spot: LabelSpot =
        kind === 'city'
          ? { x: cover ? cover[2] + 4 : x + offset, y: middle, anchor: 'start' }
          : kind === 'border'
            ? { x, y: y + (BORDER_LABEL.offset + ASCENT) * size, anchor: 'middle' }
            : { x, y, anchor: 'middle' };
      const otherSpots: readonly LabelSpot[] =
        kind === 'city' && !cover
          ? [
              { x: x - offset, y: middle, anchor: 'end' },
              { x, y: y + offset + size * 0.8, anchor: 'middle' },
              { x, y: y - offset, anchor: 'middle' },
            ]
          : [];
      return {
        label,
        text,
        ...spot,
        otherSpots,
        dot: kind === 'city' && !cover ? { x, y } : undefined,
        size,
        em,
        lineHeight: BORDER_LABEL.lineHeight,
      };
    });
    // Kept apart by the live map's 2 px of text padding.
    const placed = placeLabels(candidates, frame.width, frame.height, marks, TEXT_PADDING * scale);
    // As the live map's layer of dots, under every name: each town it names at this zoom has its
    // dot, even where the name gave way to another.
    const dots = candidates.flatMap(({ label, dot }) =>
      dot && dot.x >= 0 && dot.y >= 0 && dot.x <= frame.width && dot.y <= frame.height
        ? [{ ...dot, capital: label.strong }]
        : [],
    );
    return { placed, dots };
  }, [frame, geo, marks, scale]);
  return (
    <g fontFamily="Noto Sans, sans-serif">
      {DOT_KINDS.map((kind) => {
        const look = DOT[kind];
        const capital = kind === 'capital';
        const shown = dots.filter((dot) => dot.capital === capital);
        if (shown.length === 0) return null;
        // A group per kind of dot holds their paint: the page carries dozens of them.
        return (
          <g
            key={kind}
            className={capital ? 'sm-city-dot' : 'sm-town-dot'}
            fill={capital ? palette.capitalDot : palette.cityDot}
            stroke={palette.dotStroke}
            strokeWidth={rounded(look.stroke * scale, decimals)}
          >
            {shown.map(({ x, y }) => (
              <circle
                key={`${x} ${y}`}
                cx={rounded(x, decimals)}
                cy={rounded(y, decimals)}
                r={rounded((look.radius + look.stroke / 2) * scale, decimals)}
              />
            ))}
          </g>
        );
      })}
      {/* What every name shares is set once, on the group: the page carries a few dozen. */}
      <g
        fill={palette.placeText}
        stroke={palette.halo}
        strokeWidth={rounded(2 * HALO_WIDTH * scale, decimals)}
        paintOrder="stroke"
      >
        {placed.map(({ label, text, x, y, size, anchor }) => {
          const { kind, strong } = label;
          const focus = kind === 'country' && strong;
          const lines = text.split('\n');
          return (
            <text
              key={`${kind}-${label.name}`}
              className={focus ? 'sm-label-focus' : `sm-label-${kind}`}
              x={rounded(x, decimals)}
              y={rounded(y, decimals)}
              fontSize={rounded(size, decimals)}
              textAnchor={anchor === 'start' ? undefined : anchor}
              fill={
                kind === 'border'
                  ? palette.highlightText
                  : kind === 'city'
                    ? undefined
                    : focus
                      ? palette.focusCountryText
                      : palette.countryText
              }
              fontStyle={kind === 'border' ? 'italic' : undefined}
              // 600, the page's bold face: the first view then fetches no other face.
              fontWeight={strong ? 600 : undefined}
              letterSpacing={
                kind === 'country' ? rounded(COUNTRY_SPACING * size, decimals) : undefined
              }
              strokeWidth={
                kind === 'border' ? rounded(2 * BORDER_LABEL.halo * scale, decimals) : undefined
              }
              fontFamily={latinFaceOnly && !inLatinFace(text) ? 'sans-serif' : undefined}
            >
              {lines.length === 1
                ? text
                : lines.map((line, index) => (
                    <tspan
                      key={index}
                      x={rounded(x, decimals)}
                      dy={
                        index === 0 ? undefined : rounded(BORDER_LABEL.lineHeight * size, decimals)
                      }
                    >
                      {line}
                    </tspan>
                  ))}
            </text>
          );
        })}
      </g>
    </g>
  );
}
