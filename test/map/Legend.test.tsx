import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Legend } from '../../src/map/Legend';

describe('Legend', () => {
  it('can be scrolled from the keyboard: its panel takes focus', async () => {
    render(<Legend />);
    await userEvent.click(screen.getByRole('button', { name: 'Legend' }));
    const panel = screen.getByRole('region', { name: 'Legend' });
    expect(panel).toHaveAttribute('tabindex', '0');
  });

  it('closes on Escape and gives focus back to its button', async () => {
    render(<Legend />);
    const toggle = screen.getByRole('button', { name: 'Legend' });
    await userEvent.click(toggle);
    screen.getByRole('region', { name: 'Legend' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});
