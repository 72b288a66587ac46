import { describe, expect, it } from 'vitest';
import { layoutClass, markClass, stillAxisCss } from '../../src/timeline/still-axis-css';
import type { StillAxisDrawing, StillLayout } from '../../src/timeline/still-axis';

const layout = (min: number | undefined, max: number | undefined, y: number[]): StillLayout => ({
  min,
  max,
  major: [],
  minor: [],
  labels: [],
  y,
});

/** Three layouts; the second mark moves down a lane from 500 px. */
const DRAWING: StillAxisDrawing = {
  marks: [],
  layouts: [
    layout(undefined, 399, [10, 70]),
    layout(400, 499, [10, 70]),
    layout(500, undefined, [10, 82]),
  ],
  base: 0,
};

describe('stillAxisCss', () => {
  it('hides every layout but the base one, for browsers that cannot query the width', () => {
    const [hide] = stillAxisCss(DRAWING).split('\n');
    expect(hide).toBe(
      `.first-axis .${layoutClass(1)},.first-axis .${layoutClass(2)}{display:none}`,
    );
  });

  it('shows each other layout at its widths, in place of the base one, and moves its marks', () => {
    const [, middle, wide] = stillAxisCss(DRAWING).split('\n');
    expect(middle).toBe(
      `@container first-axis (width >= 400px) and (width < 500px){.first-axis .${layoutClass(0)}{display:none}.first-axis .${layoutClass(1)}{display:inline}}`,
    );
    expect(wide).toContain('@container first-axis (width >= 500px){');
    expect(wide).toContain(`.first-axis .${markClass(1)}{transform:translateY(12px)}`);
    expect(wide).not.toContain(markClass(0));
  });

  it('writes nothing for a drawing of one layout', () => {
    expect(stillAxisCss({ ...DRAWING, layouts: DRAWING.layouts.slice(0, 1) })).toBe('');
  });
});
