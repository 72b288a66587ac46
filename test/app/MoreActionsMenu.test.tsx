import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HeaderActions } from '../../src/app/HeaderActions';
import { ShellContext, type Shell } from '../../src/app/shell-context';
import { createStoryLibrary } from '../../src/library/story-library';
import { StoreProvider } from '../../src/state/store-context';
import { storeWithStory } from '../fixtures/load-fixture';
import { fakeShell } from '../fixtures/fake-shell';

function renderActions() {
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

/**
 * What header-fold.css does at some width, written out (jsdom has no container queries): the
 * named actions leave the row for the menu.
 */
function foldOnly(...folds: string[]) {
  const style = document.createElement('style');
  style.textContent = [
    '.more-actions__menu > [data-fold] { display: none; }',
    ...folds.map(
      (fold) =>
        `.masthead__actions > [data-fold='${fold}'] { display: none; }\n` +
        `.more-actions__menu > [data-fold='${fold}'] { display: block; }`,
    ),
  ].join('\n');
  document.head.append(style);
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.querySelectorAll('style').forEach((style) => style.remove());
});

const more = () => screen.getByRole('button', { name: 'More actions' });

describe('the header actions', () => {
  it('puts each action but Present in the row and in the menu under one fold name', async () => {
    renderActions();
    const row = ['Edit a copy', 'Embed', 'Export JSON', 'Export briefing'].map((name) =>
      screen.getByRole('button', { name }).getAttribute('data-fold'),
    );
    expect(row).toEqual(['edit', 'embed', 'export-json', 'export-briefing']);
    expect(screen.getByRole('link', { name: 'Present' })).not.toHaveAttribute('data-fold');
    await userEvent.click(more());
    const items = screen
      .getAllByRole('menuitem')
      .map((item) => item.parentElement?.getAttribute('data-fold'));
    expect(items).toEqual(row);
  });

  it('moves only among the items the header has folded', async () => {
    renderActions();
    foldOnly('export-json', 'export-briefing');
    more().focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Export JSON' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Export briefing' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Export JSON' })).toHaveFocus();
  });

  it('opens with the up arrow onto the last item folded', async () => {
    renderActions();
    foldOnly('export-json', 'export-briefing');
    more().focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Export briefing' })).toHaveFocus();
  });

  it('opens with the arrow key onto its first item and moves with the arrows (all folded)', async () => {
    renderActions();
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
    renderActions();
    await userEvent.click(more());
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(more()).toHaveFocus();
  });

  it('runs an item and closes', async () => {
    const shell = renderActions();
    await userEvent.click(more());
    await userEvent.click(screen.getByRole('menuitem', { name: 'Export JSON' }));
    expect(shell.exportStory).toHaveBeenCalledOnce();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens the embed dialog from its item', async () => {
    renderActions();
    await userEvent.click(more());
    await userEvent.click(screen.getByRole('menuitem', { name: 'Embed' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });
});
