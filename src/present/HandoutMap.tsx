/**
 * A step's locator map for print: the basemap around the event and the event drawn honestly (its
 * area when the place is uncertain), in the kind's colour and shape. Static SVG, light palette:
 * it is for paper.
 */
import { memo, useMemo } from 'react';
import { placeBounds } from '../geo/event-bounds';
import type { PlaceGeometry } from '../geo/geometry';
import { uncertaintyArea } from '../geo/uncertainty-shapes';
import { LIGHT_PALETTE as PALETTE } from '../map/basemap-palette';
import { shapeVertices } from '../map/kind-shapes';
import type { KindLook } from '../story/kind-looks';
import type { Place } from '../story/story';
import type { HandoutGeo, HandoutLabel } from './handout-geo';
import {
  frameAround,
  frameWidthKm,
  geometryPath,
  placeLabels,
  project,
  type Box,
  type Frame,
  type LabelCandidate,
  type PathGeometry,
} from './handout-map';

/** The drawing's size in SVG units; printed about 270 mm wide. */
const WIDTH = 1200;
const HEIGHT = 500;
const MARKER_RADIUS = 13;

function points(geometry: PlaceGeometry): readonly (readonly number[])[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'MultiPoint') return geometry.coordinates;
  return [];
}

function asPath(geometry: PlaceGeometry): PathGeometry | undefined {
  return geometry.type === 'Point' || geometry.type === 'MultiPoint' ? undefined : geometry;
}

function Marker({
  frame,
  position,
  look,
}: {
  frame: Frame;
  position: readonly number[];
  look: KindLook;
}) {
  const [x, y] = project(frame, [...position]);
  const outline = shapeVertices(look.symbol, MARKER_RADIUS)
    .map(([dx, dy]) => `${(x + dx).toFixed(1)},${(y + dy).toFixed(1)}`)
    .join(' ');
  return (
    <polygon
      points={outline}
      fill={look.color}
      stroke="#ffffff"
      strokeWidth={3}
      strokeLinejoin="round"
    />
  );
}

function Basemap({ frame, geo }: { frame: Frame; geo: HandoutGeo }) {
  const paths = useMemo(
    () => ({
      land: geo.land.map((geometry) => geometryPath(frame, geometry)).join(''),
      focus: geo.focus.map(({ iso2, order, geometry }) => ({
        iso2,
        order,
        d: geometryPath(frame, geometry),
      })),
      lakes: geo.lakes.map((geometry) => geometryPath(frame, geometry)).join(''),
      border: geo.border.map((geometry) => geometryPath(frame, geometry, 0.4)).join(''),
    }),
    [frame, geo],
  );
  return (
    <>
      <path d={paths.land} fill={PALETTE.land} stroke={PALETTE.border} strokeWidth={1.2} />
      {paths.focus.map(({ iso2, order, d }) => (
        <path
          key={iso2}
          d={d}
          fill={PALETTE.focusTints[order % PALETTE.focusTints.length]}
          stroke={PALETTE.focusOutline}
          strokeWidth={1.6}
        />
      ))}
      <path d={paths.lakes} fill={PALETTE.water} />
      <path d={paths.border} fill="none" stroke={PALETTE.highlight} strokeWidth={2.4} />
    </>
  );
}

const LABEL_SIZE: Readonly<Record<HandoutLabel['kind'], number>> = {
  country: 21,
  water: 19,
  city: 18,
};

function Labels({ frame, geo, marks }: { frame: Frame; geo: HandoutGeo; marks: readonly Box[] }) {
  const placed = useMemo(() => {
    const candidates = geo.labels.map((label) => {
      const [x, y] = project(frame, [...label.position]);
      const city = label.kind === 'city';
      const anchor: LabelCandidate['anchor'] = city ? 'start' : 'middle';
      // A city's name sits to the right of its dot, or of the event's mark when that covers it.
      const cover = marks.find(([l, t, r, b]) => x >= l && x <= r && y >= t && y <= b);
      return {
        label,
        text: label.name,
        x: city ? (cover ? cover[2] + 4 : x + 9) : x,
        y: city ? y + 6 : y,
        dot: cover ? undefined : { x, y },
        size: LABEL_SIZE[label.kind],
        anchor,
      };
    });
    return placeLabels(candidates, frame.width, frame.height, marks);
  }, [frame, geo, marks]);
  return (
    <g fontFamily="Noto Sans, sans-serif">
      {placed.map(({ label, text, x, y, dot, size, anchor }) => (
        <g key={`${label.kind}-${label.name}`}>
          {label.kind === 'city' && dot && (
            <circle cx={dot.x} cy={dot.y} r={4.5} fill={PALETTE.capitalDot} stroke="#ffffff" />
          )}
          <text
            x={x}
            y={y}
            fontSize={size}
            textAnchor={anchor}
            fill={
              label.kind === 'water'
                ? PALETTE.highlightText
                : label.kind === 'city'
                  ? PALETTE.placeText
                  : PALETTE.countryText
            }
            fontStyle={label.kind === 'water' ? 'italic' : undefined}
            fontWeight={label.kind === 'country' ? 600 : undefined}
            letterSpacing={label.kind === 'country' ? 1 : undefined}
            stroke={label.kind === 'water' ? PALETTE.water : PALETTE.halo}
            strokeWidth={4}
            paintOrder="stroke"
          >
            {label.kind === 'country' ? text.toUpperCase() : text}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The map for one step's printed page. */
export const HandoutMap = memo(function HandoutMap({
  place,
  look,
  geo,
}: {
  place: Place;
  look: KindLook;
  geo: HandoutGeo | undefined;
}) {
  const extent = geo?.extent;
  const frame = useMemo(
    () => frameAround(placeBounds(place), WIDTH, HEIGHT, extent),
    [place, extent],
  );
  const shape = useMemo(() => {
    const area = uncertaintyArea(place);
    const own = asPath(place.geometry);
    return {
      area: area ? geometryPath(frame, area, 0.4) : '',
      line: own && own.type.endsWith('LineString') ? geometryPath(frame, own, 0.4) : '',
    };
  }, [place, frame]);
  const marks = useMemo(
    () =>
      points(place.geometry).map((position): Box => {
        const [x, y] = project(frame, [...position]);
        const reach = MARKER_RADIUS * 1.3;
        return [x - reach, y - reach, x + reach, y + reach];
      }),
    [place, frame],
  );
  const color = look.color;
  const km = Math.round(frameWidthKm(frame) / 100) * 100;
  return (
    <figure className="handout__map">
      <svg
        viewBox={`0 0 ${frame.width.toFixed(1)} ${frame.height.toFixed(1)}`}
        role="img"
        aria-label={`Map of ${place.name}`}
      >
        <rect width={frame.width} height={frame.height} fill={PALETTE.water} />
        {geo && <Basemap frame={frame} geo={geo} />}
        {shape.area !== '' && (
          <path
            d={shape.area}
            fill={color}
            fillOpacity={0.22}
            stroke={color}
            strokeWidth={2.5}
            strokeDasharray={place.uncertaintyKm > 0 ? '10 6' : undefined}
          />
        )}
        {shape.line !== '' && <path d={shape.line} fill="none" stroke={color} strokeWidth={5} />}
        {geo && <Labels frame={frame} geo={geo} marks={marks} />}
        {points(place.geometry).map((position, index) => (
          <Marker key={index} frame={frame} position={position} look={look} />
        ))}
      </svg>
      <figcaption className="handout__map-note">
        {`Map about ${km.toLocaleString('en')} km across.`}
        {place.uncertaintyKm > 0 &&
          ` The dashed outline is the area the place may be in (± ${place.uncertaintyKm} km).`}
      </figcaption>
    </figure>
  );
});
