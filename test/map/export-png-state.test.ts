import { describe, expect, it } from 'vitest';
import { pictured } from '../../src/map/export-png';

describe('the feature state a PNG copies from the live map', () => {
  it('keeps whether a mark is in the window and selected', () => {
    expect(pictured({ shown: true, selected: true })).toEqual({ shown: true, selected: true });
    expect(pictured({ shown: false })).toEqual({ shown: false });
  });

  it('leaves out the hover of a mark the pointer rested on', () => {
    expect(pictured({ shown: true, hovered: true })).toEqual({ shown: true });
  });
});
