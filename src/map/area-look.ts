/**
 * An area of doubt's look, shared by MapLibre's area layers (event-layers.ts), the GPU's circles
 * of doubt (time-marks/mark-shaders.ts) and the still SVG maps (StaticMapDrawing.tsx), so a story
 * looks the same whichever draws it.
 */
export const AREA_LOOK = {
  /** Opacity by size, [km², opacity], linear between: a country-sized doubt must not drown the map. */
  fillBySize: [
    [2_000, 0.16],
    [100_000, 0.09],
    [600_000, 0.03],
  ],
  fill: { hovered: 0.2, selected: 0.26 },
  // A soft, blurred rim, never a crisp or dashed line: dashed outlines read as political
  // borders, and an area of doubt must not look like one.
  rim: {
    plain: { width: 4, blur: 4, opacity: 0.4 },
    hovered: { width: 5, blur: 4, opacity: 0.6 },
    selected: { width: 6, blur: 3, opacity: 0.7 },
  },
} as const;

/**
 * An area's fill opacity by its size, as MapLibre's `interpolate` of AREA_LOOK.fillBySize reads
 * it: linear between the stops, the end stops' values beyond them.
 */
export function areaFillOpacity(km2: number): number {
  const stops: readonly (readonly [number, number])[] = AREA_LOOK.fillBySize;
  let [lowKm2, low] = stops[0] ?? [0, 0];
  if (km2 <= lowKm2) return low;
  for (const [highKm2, high] of stops.slice(1)) {
    if (km2 <= highKm2) return low + ((high - low) * (km2 - lowKm2)) / (highKm2 - lowKm2);
    [lowKm2, low] = [highKm2, high];
  }
  return low;
}
