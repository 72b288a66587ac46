/** The map: its region and hint, the legend, edge markers, the PNG download and the still map. */
import type { Formatter } from '../format';

export function map(f: Formatter) {
  const events = (n: number) => f.plural(n, { one: '# event', other: '# events' });
  return {
    region: 'Map of events',
    keyboardHint:
      'Drag or use the arrow keys to pan and plus or minus to zoom once the map has focus. The Events list holds the same events as text.',
    pointerHint: 'Drag to pan; use the zoom buttons to zoom.',
    legend: 'Legend',
    kindsOfEvent: 'Kinds of event',
    howSure: 'How sure the story is',
    dateToDay: 'Date known to the day',
    dateCoarse: 'Only the month or year, or approximate',
    dateRange: 'Lasted from one date to another',
    placeRough: 'Place known roughly: somewhere in this area',
    events,
    /** An edge marker's name: its visible words first, then where the events are. */
    offscreen: (name: string, count: number, direction: string) =>
      `${name}: ${events(count)}, off the map to the ${direction}`,
    offscreenName: (name: string) => `${name}: `,
    compass: {
      north: 'north',
      northeast: 'northeast',
      east: 'east',
      southeast: 'southeast',
      south: 'south',
      southwest: 'southwest',
      west: 'west',
      northwest: 'northwest',
    },
    downloadPng: 'Download PNG of this view',
    makingImage: 'Making the image…',
    downloaded: (file: string) => `Downloaded ${file}`,
    imageFailed: (reason: string) => `Could not make the image: ${reason}`,
    noWebgl:
      'This browser cannot draw the interactive map (WebGL is switched off or missing), so this is a still map of where the events happened. The Events list holds every event.',
    stillMap: (n: number) => `Still map of ${events(n)}`,
    /** MapLibre's own control texts, by its keys. */
    maplibre: {
      'Map.Title': 'Map',
      'NavigationControl.ZoomIn': 'Zoom in',
      'NavigationControl.ZoomOut': 'Zoom out',
      'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
      'AttributionControl.ToggleAttribution': 'Toggle attribution',
      'ScaleControl.Meters': 'm',
      'ScaleControl.Kilometers': 'km',
      'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
      'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
      'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
    },
  };
}

export type MapMessages = ReturnType<typeof map>;
