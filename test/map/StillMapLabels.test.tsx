import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { frameAround, project } from '../../src/map/static-map';
import type { HandoutGeo } from '../../src/map/static-map-geo';
import { balancedLines, Labels } from '../../src/map/StillMapLabels';

const italic = (line: string) => line.length * 0.45;

describe('balancedLines', () => {
  it('keeps a name that fits on one line', () => {
    expect(balancedLines('Panj river', 9, italic)).toEqual(['Panj river']);
  });

  it('breaks a long name into lines as even as can be, as MapLibre does', () => {
    // As the live map sets the CSTO story's border: 12 characters, then 19.
    expect(balancedLines('Tajik-Afghan border (Panj river)', 9, italic)).toEqual([
      'Tajik-Afghan',
      'border (Panj river)',
    ]);
    const lines = balancedLines('one two three four five six seven eight nine ten', 9, italic);
    expect(lines.length).toBe(3);
    for (const line of lines) expect(italic(line)).toBeLessThanOrEqual(9);
  });

  it('lets a word longer than a line stand alone', () => {
    expect(balancedLines('Mazar-i-Sharif-Termez-Hairatan bridge', 9, italic)).toEqual([
      'Mazar-i-Sharif-Termez-Hairatan',
      'bridge',
    ]);
  });
});

describe('the still maps’ names', () => {
  const geo: HandoutGeo = {
    land: [],
    focus: [],
    lakes: [],
    border: [],
    labels: [
      {
        name: 'Tajik-Afghan border (Panj river)',
        kind: 'border',
        strong: false,
        minZoom: 0,
        position: [69.5, 37.2],
      },
    ],
    extent: [-180, -85, 180, 85],
  };

  it('hangs a border’s name in italics below its middle, in balanced lines', () => {
    const frame = frameAround([60, 30, 80, 45], 1200, 800);
    const { container } = render(
      <svg>
        <Labels frame={frame} geo={geo} />
      </svg>,
    );
    const text = container.querySelector('text.sm-label-border');
    expect(text?.getAttribute('font-style')).toBe('italic');
    expect([...(text?.querySelectorAll('tspan') ?? [])].map((line) => line.textContent)).toEqual([
      'Tajik-Afghan',
      'border (Panj river)',
    ]);
    // Hung below the point: its first line's top (baseline less about an em) under the point.
    const [, pointY] = project(frame, [69.5, 37.2]);
    const size = Number(text?.getAttribute('font-size'));
    expect(Number(text?.getAttribute('y')) - size).toBeGreaterThan(pointY);
  });
});
