import { describe, expect, it } from 'vitest';
import { rowsToRender } from '../../src/panels/row-range';

const FIRST_PAGE = { start: 0, end: 200 };

describe('rowsToRender', () => {
  it('renders the chosen range when nothing is selected', () => {
    expect(rowsToRender(FIRST_PAGE, 10_000, -1, 200)).toEqual({ start: 0, end: 200 });
  });

  it('keeps the chosen range when the selected row is inside it', () => {
    expect(rowsToRender({ start: 0, end: 400 }, 10_000, 350, 200)).toEqual({ start: 0, end: 400 });
  });

  it("moves to the selected row's page when it lies outside", () => {
    expect(rowsToRender(FIRST_PAGE, 10_000, 8999, 200)).toEqual({ start: 8800, end: 9000 });
  });

  it('never runs past the end of the list', () => {
    expect(rowsToRender({ start: 0, end: 400 }, 7, -1, 200)).toEqual({ start: 0, end: 7 });
  });
});
