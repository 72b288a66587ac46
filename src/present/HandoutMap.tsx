/**
 * A step's locator map for print: the basemap around the event and the event drawn honestly (its
 * area when the place is uncertain), in the kind's colour and shape. Static SVG, light palette:
 * it is for paper.
 */
import { memo, useMemo } from 'react';
import { placeBounds } from '../geo/event-bounds';
import { uncertaintyArea } from '../geo/uncertainty-shapes';
import { LIGHT_PALETTE as PALETTE } from '../map/basemap-palette';
import type { HandoutGeo } from '../map/static-map-geo';
import { frameAround, frameWidthKm, geometryPath, project, type Box } from '../map/static-map';
import { asPath, Basemap, Marker, MARKER_RADIUS, points } from '../map/StaticMapParts';
import { Labels } from '../map/StillMapLabels';
import type { KindLook } from '../story/kind-looks';
import type { Place } from '../story/story';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/present';

/** The drawing's size in SVG units; printed about 270 mm wide. */
const WIDTH = 1200;
const HEIGHT = 500;

/** The map for one step's printed page. */
export const HandoutMap = memo(function HandoutMap({
  place,
  look,
  geo,
  guess = false,
}: {
  place: Place;
  look: KindLook;
  geo: HandoutGeo | undefined;
  guess?: boolean;
}) {
  const extent = geo?.extent;
  const m = useMessages().present;
  const frame = useMemo(
    () => frameAround(placeBounds(place), WIDTH, HEIGHT, extent),
    [place, extent],
  );
  const shape = useMemo(() => {
    const area = uncertaintyArea(place);
    const own = asPath(place.geometry);
    return {
      area: area ? geometryPath(frame, area, { tolerance: 0.4 }) : '',
      line:
        own && own.type.endsWith('LineString') ? geometryPath(frame, own, { tolerance: 0.4 }) : '',
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
        aria-label={m.mapOf(place.name)}
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
          <Marker key={index} frame={frame} position={position} look={look} guess={guess} />
        ))}
      </svg>
      <figcaption className="handout__map-note">
        {m.mapAcross(km)}
        {place.uncertaintyKm > 0 && m.dashedArea(place.uncertaintyKm)}
      </figcaption>
    </figure>
  );
});
