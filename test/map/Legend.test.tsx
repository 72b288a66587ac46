import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Legend } from '../../src/map/Legend';
import { miniStoryData, storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';

function kindLabels(): (string | null)[] {
  const list = screen.getByRole('list', { name: 'Kinds of event', hidden: true });
  return within(list)
    .getAllByRole('listitem', { hidden: true })
    .map((item) => item.textContent);
}

describe('Legend', () => {
  it("lists the story's declared kinds, then the kinds it uses without declaring", () => {
    const data = {
      ...miniStoryData(),
      format: 2,
      kinds: [
        { id: 'statement', label: 'Official statement', color: '#a0467a', symbol: 'diamond' },
        { id: 'exercise', label: 'Drill' },
      ],
    };
    renderWithStore(<Legend />, storeWithStory(data));
    expect(kindLabels()).toEqual(['Official statement', 'Drill', 'Diplomacy', 'Military presence']);
  });

  it('draws each kind in its own colour', () => {
    const data = {
      ...miniStoryData(),
      format: 2,
      kinds: [{ id: 'statement', label: 'Official statement', color: '#2166ac' }],
    };
    const { container } = renderWithStore(<Legend />, storeWithStory(data));
    const first = container.querySelector('.map-legend__list li polygon');
    expect(first?.getAttribute('fill')).toBe('#2166ac');
  });
});
