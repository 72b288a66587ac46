/** The map's edit tools: place, line and area by clicking, with their keys. */
import type { Formatter } from '../format';

export function mapEdit(f: Formatter) {
  return {
    tools: 'Map tools',
    point: 'Place by click',
    line: 'Draw line',
    area: 'Draw area',
    finish: 'Finish',
    cancel: 'Cancel drawing',
    selectFirst: 'Select an event to place it on the map.',
    pointHint: 'Click the map where the event happened. Escape cancels.',
    lineHint: (count: number) =>
      `${f.plural(count, { one: '# point', other: '# points' })}. Click to add points; Enter or a double click finishes the line; Escape cancels.`,
    areaHint: (count: number) =>
      `${f.plural(count, { one: '# point', other: '# points' })}. Click to add corners; Enter or a double click finishes the area; Escape cancels.`,
    placed: (title: string) => `“${title}” placed on the map. Undo takes it back.`,
    keyboard: 'Without a pointer: type coordinates or search a place in the event’s form.',
    radius: 'Uncertainty radius',
    radiusKm: (km: number) => `${f.number(km)} km`,
    radiusHint: 'Drag the handle, or use the arrow keys: 1 km a press, 10 km with Shift.',
  };
}

export type MapEditMessages = ReturnType<typeof mapEdit>;
