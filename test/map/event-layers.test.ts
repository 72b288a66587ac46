import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { KIND_SYMBOLS } from '../../src/story/kind-looks';
import {
  EVENT_LAYER_IDS,
  EVENT_SOURCE_IDS,
  EVENT_STATE,
  INTERACTIVE_LAYER_IDS,
  eventLayers,
  iconName,
  parseIconName,
  timeFilter,
  type WindowBy,
} from '../../src/map/event-layers';

function allLayers(
  theme: 'light' | 'dark' = 'light',
  windowBy: WindowBy = 'state',
): LayerSpecification[] {
  const { beneathLabels, onTop } = eventLayers(theme, windowBy);
  return [...beneathLabels, ...onTop];
}

const BOTH: readonly WindowBy[] = ['state', 'filter'];

/** The layer's paint values that set an opacity (icon-, fill-, line-opacity). */
function opacities(layer: LayerSpecification): unknown[] {
  const paint: object = 'paint' in layer && layer.paint ? layer.paint : {};
  return Object.entries(paint)
    .filter(([name]) => name.endsWith('-opacity'))
    .map(([, value]: [string, unknown]) => value);
}

const SHOWN = ['boolean', ['feature-state', 'shown'], false];

/** A layer without its filter and opacities: what does not depend on how it follows the window. */
function withoutWindow(layer: LayerSpecification): object {
  const paint: object = 'paint' in layer && layer.paint ? layer.paint : {};
  const rest = Object.fromEntries(
    Object.entries(paint).filter(([name]) => !name.endsWith('-opacity')),
  );
  return { ...layer, filter: undefined, paint: rest };
}

function filterOf(layer: LayerSpecification): unknown {
  return 'filter' in layer ? layer.filter : undefined;
}

/** Every ['global-state', name] an expression reads. */
function globalStateRefs(expression: unknown): string[] {
  if (!Array.isArray(expression)) return [];
  const [operator, name] = expression;
  if (operator === 'global-state' && typeof name === 'string') return [name];
  return expression.flatMap(globalStateRefs);
}

describe('timeFilter', () => {
  it('keeps events whose [start, end) overlaps the window [from, to) held in global state', () => {
    expect(timeFilter()).toEqual([
      'all',
      ['<', ['get', 'start'], ['global-state', 'to']],
      ['>', ['get', 'end'], ['global-state', 'from']],
    ]);
  });
});

describe('eventLayers', () => {
  it('by filter: filters every event layer by the time window in global state', () => {
    for (const layer of allLayers('light', 'filter')) {
      expect(globalStateRefs(filterOf(layer)), layer.id).toEqual(
        expect.arrayContaining(['from', 'to']),
      );
      expect(JSON.stringify(layer)).not.toContain('"shown"');
    }
  });

  it('by state: no filter reads the window, and every layer draws a feature only while shown', () => {
    for (const layer of allLayers('light', 'state')) {
      const refs = globalStateRefs(filterOf(layer));
      expect(refs, layer.id).not.toContain('from');
      expect(refs, layer.id).not.toContain('to');
      const values = opacities(layer);
      expect(values.length, layer.id).toBeGreaterThan(0);
      // Each opacity is its usual value while shown and zero otherwise.
      for (const value of values) {
        expect(value, layer.id).toEqual(['case', SHOWN, expect.anything(), 0]);
      }
    }
  });

  it('by state: keeps the look it has by filter, within the window', () => {
    const byFilter = allLayers('light', 'filter');
    for (const [index, layer] of allLayers('light', 'state').entries()) {
      const filtered = byFilter[index];
      if (!filtered) throw new Error(`no layer ${index} by filter`);
      const usual = opacities(layer).map((value) => (Array.isArray(value) ? value[2] : value));
      expect(usual, layer.id).toEqual(opacities(filtered));
      // All else (layout, colours, widths) is the same; the filters differ by the window only.
      expect(withoutWindow(layer), layer.id).toEqual(withoutWindow(filtered));
    }
  });

  it('declares a default for every global state value the layers read', () => {
    const read = new Set(
      BOTH.flatMap((windowBy) =>
        allLayers('light', windowBy).flatMap((layer) => globalStateRefs(filterOf(layer))),
      ),
    );
    expect(Object.keys(EVENT_STATE).sort()).toEqual([...read].sort());
  });

  it('draws the selected marker by the selected id in global state, not by its data', () => {
    for (const windowBy of BOTH) {
      const selected = allLayers('light', windowBy).filter((layer) =>
        globalStateRefs(filterOf(layer)).includes('selectedId'),
      );
      expect(selected.map((layer) => layer.id)).toEqual([
        EVENT_LAYER_IDS.selectedHalo,
        EVENT_LAYER_IDS.selectedMarker,
      ]);
    }
  });

  it('only references the event sources', () => {
    const sources: string[] = Object.values(EVENT_SOURCE_IDS);
    for (const layer of allLayers()) {
      expect('source' in layer && sources.includes(layer.source), layer.id).toBe(true);
    }
  });

  it('uses every source', () => {
    const used = new Set(allLayers().map((layer) => ('source' in layer ? layer.source : '')));
    expect([...used].sort()).toEqual(Object.values(EVENT_SOURCE_IDS).sort());
  });

  it('gives each layer its own id, the ones the map view knows', () => {
    const ids = allLayers().map((layer) => layer.id);
    expect(ids).toEqual(Object.values(EVENT_LAYER_IDS));
  });

  it('keeps town names readable above the marks, and the selected event above everything', () => {
    const { beneathLabels, onTop } = eventLayers('light', 'state');
    expect(beneathLabels.map((layer) => layer.id)).toContain(EVENT_LAYER_IDS.markers);
    expect(onTop.map((layer) => layer.id)).toEqual([
      EVENT_LAYER_IDS.selectedHalo,
      EVENT_LAYER_IDS.selectedMarker,
    ]);
  });

  it('makes only existing layers interactive', () => {
    const ids = allLayers().map((layer) => layer.id);
    for (const id of INTERACTIVE_LAYER_IDS) expect(ids).toContain(id);
  });

  it('draws the edge of an area of doubt soft, never crisp or dashed like a border', () => {
    const outline = allLayers().find((layer) => layer.id === EVENT_LAYER_IDS.areaOutline);
    expect(outline?.type).toBe('line');
    if (outline?.type !== 'line') return;
    expect(outline.paint?.['line-dasharray']).toBeUndefined();
    expect(outline.paint?.['line-blur']).toBeDefined();
  });

  it('emphasises the hovered and selected events through feature state', () => {
    const text = JSON.stringify(allLayers());
    expect(text).toContain('["feature-state","hovered"]');
    expect(text).toContain('["feature-state","selected"]');
  });
});

describe('marker icon names', () => {
  it('name every symbol, fill and range, and read back what they name', () => {
    const color = '#0072b2';
    for (const symbol of KIND_SYMBOLS) {
      for (const hollow of [false, true]) {
        for (const range of [false, true]) {
          expect(parseIconName(iconName({ symbol, color }, hollow, range))).toEqual({
            symbol,
            color,
            hollow,
            range,
          });
        }
      }
    }
  });

  it('ignore names that are not ours', () => {
    expect(parseIconName('dateline-meteor_0072b2-solid')).toBeUndefined();
    expect(parseIconName('dateline-circle_red-solid')).toBeUndefined();
    expect(parseIconName('airport-15')).toBeUndefined();
  });

  it('read a hyphenated symbol', () => {
    expect(parseIconName('dateline-triangle-down_d55e00-hollow-range')).toEqual({
      symbol: 'triangle-down',
      color: '#d55e00',
      hollow: true,
      range: true,
    });
  });
});
