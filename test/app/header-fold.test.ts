import { describe, expect, it } from 'vitest';
import { foldedActions, type FoldSizes } from '../../src/app/header-fold';

const widths = { edit: 100, present: 90, embed: 70, exportJson: 110, exportBriefing: 130 };
const sizes = (room: number, overrides: Partial<FoldSizes> = {}): FoldSizes => ({
  widths,
  more: 60,
  gap: 8,
  room,
  ...overrides,
});
// Every action in a row: 500 px of buttons and four gaps of 8.
const ALL = 532;

describe('which header actions fold into the More menu', () => {
  it('folds nothing when every action fits', () => {
    expect(foldedActions(sizes(ALL))).toEqual([]);
  });

  it('folds the briefing first, with room made for the More button', () => {
    // Without the briefing: 394 + 8 + the More button (60) = 462.
    expect(foldedActions(sizes(ALL - 1))).toEqual(['exportBriefing']);
    expect(foldedActions(sizes(462))).toEqual(['exportBriefing']);
  });

  it('folds the JSON export, then Embed, then Edit as the row narrows', () => {
    expect(foldedActions(sizes(461))).toEqual(['exportBriefing', 'exportJson']);
    expect(foldedActions(sizes(300))).toEqual(['exportBriefing', 'exportJson', 'embed']);
    expect(foldedActions(sizes(200))).toEqual(['exportBriefing', 'exportJson', 'embed', 'edit']);
  });

  it('never folds Present, even when nothing fits', () => {
    expect(foldedActions(sizes(10))).toEqual(['exportBriefing', 'exportJson', 'embed', 'edit']);
  });

  it('leaves out an action the page does not offer, and its gap', () => {
    const noEdit = { ...widths, edit: 0 };
    expect(foldedActions(sizes(ALL - 108, { widths: noEdit }))).toEqual([]);
    expect(foldedActions(sizes(ALL - 109, { widths: noEdit }))).toEqual(['exportBriefing']);
  });
});
