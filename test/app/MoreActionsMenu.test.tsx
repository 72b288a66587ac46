import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HeaderActions, NARROW_HEADER_QUERY } from '../../src/app/HeaderActions';
import { ShellContext, type Shell } from '../../src/app/shell-context';
import { createStoryLibrary } from '../../src/library/story-library';
import { StoreProvider } from '../../src/state/store-context';
import { storeWithStory } from '../fixtures/load-fixture';
import { stubMatchMedia } from '../fixtures/match-media';
import { fakeShell } from '../fixtures/fake-shell';

function renderActions(phone: boolean) {
  stubMatchMedia((query) => query === NARROW_HEADER_QUERY && phone);
  const shell: Partial<Shell> = { exportStory: vi.fn(), exportBriefing: vi.fn() };
  const store = storeWithStory();
  render(
    <ShellContext.Provider value={{ ...shellDefaults, ...shell }}>
      <StoreProvider store={store}>
        <HeaderActions />
      </StoreProvider>
    </ShellContext.Provider>,
  );
  return shell;
}

const shellDefaults = fakeShell(createStoryLibrary({ name: 'more-actions-menu' }));

afterEach(() => vi.unstubAllGlobals());

const more = () => screen.getByRole('button', { name: 'More actions' });

describe('the header actions on a phone', () => {
  it('keeps Present and puts Embed and the exports in a More menu', () => {
    renderActions(true);
    expect(screen.getByRole('link', { name: 'Present' })).toBeInTheDocument();
    expect(more()).toHaveAttribute('aria-haspopup', 'menu');
    expect(more()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Export JSON' })).toBeNull();
  });

  it('opens with the arrow key onto its first item and moves with the arrows', async () => {
    renderActions(true);
    more().focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(more()).toHaveAttribute('aria-expanded', 'true');
    // A shipped story is edited as a copy: that is the first thing the menu offers.
    expect(screen.getByRole('menuitem', { name: 'Edit a copy' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Embed' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Export briefing' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Edit a copy' })).toHaveFocus();
  });

  it('closes on Escape and gives focus back to its button', async () => {
    renderActions(true);
    await userEvent.click(more());
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(more()).toHaveFocus();
  });

  it('runs an item and closes', async () => {
    const shell = renderActions(true);
    await userEvent.click(more());
    await userEvent.click(screen.getByRole('menuitem', { name: 'Export JSON' }));
    expect(shell.exportStory).toHaveBeenCalledOnce();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens the embed dialog from its item', async () => {
    renderActions(true);
    await userEvent.click(more());
    await userEvent.click(screen.getByRole('menuitem', { name: 'Embed' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });
});

describe('the header actions on a wide screen', () => {
  it('shows every action as its own button, with no menu', () => {
    renderActions(false);
    expect(screen.getByRole('button', { name: 'Embed' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export briefing' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'More actions' })).toBeNull();
  });
});
