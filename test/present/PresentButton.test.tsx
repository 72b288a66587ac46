import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PresentButton } from '../../src/present/PresentButton';
import { createDatelineStore } from '../../src/state/store';
import { storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';

describe('PresentButton', () => {
  it('links to the same story in presentation mode', () => {
    renderWithStore(<PresentButton />, storeWithStory(undefined, { story: 'mini-story' }));
    expect(screen.getByRole('link', { name: 'Present' })).toHaveAttribute(
      'href',
      '?story=mini-story&mode=present',
    );
  });

  it('waits for the story', () => {
    renderWithStore(<PresentButton />, createDatelineStore());
    expect(screen.queryByRole('link', { name: 'Present' })).not.toBeInTheDocument();
  });
});
