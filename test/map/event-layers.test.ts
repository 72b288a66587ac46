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
} from '../../src/map/event-layers';

function allLayers(theme: 'light' | 'dark' = 'light'): LayerSpecification[] {
  const { beneathLabels, onTop } = eventLayers(theme);
  return [...beneathLabels, ...onTop];
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
  it('filters every event layer by the time window in global state', () => {
    for (const layer of allLayers()) {
      expect(globalStateRefs(filterOf(layer)), layer.id).toEqual(
        expect.arrayContaining(['from', 'to']),
      );
    }
  });

  it('declares a default for every global state value the layers read', () => {
    const read = new Set(allLayers().flatMap((layer) => globalStateRefs(filterOf(layer))));
    expect(Object.keys(EVENT_STATE).sort()).toEqual([...read].sort());
  });

  it('draws the selected marker by the selected id in global state, not by its data', () => {
    const selected = allLayers().filter((layer) =>
      globalStateRefs(filterOf(layer)).includes('selectedId'),
    );
    expect(selected.map((layer) => layer.id)).toEqual([
      EVENT_LAYER_IDS.selectedHalo,
      EVENT_LAYER_IDS.selectedMarker,
    ]);
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
    const { beneathLabels, onTop } = eventLayers('light');
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

  it('draws the areas with a dashed outline', () => {
    const outline = allLayers().find((layer) => layer.id === EVENT_LAYER_IDS.areaOutline);
    expect(outline?.type === 'line' && outline.paint?.['line-dasharray']).toBeTruthy();
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
