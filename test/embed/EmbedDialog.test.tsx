import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbedButton } from '../../src/embed/EmbedButton';
import { storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';

function clipboardWith(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

async function openDialog() {
  const user = userEvent.setup();
  renderWithStore(<EmbedButton />, storeWithStory(undefined, { event: 'joint-exercise' }));
  await user.click(screen.getByRole('button', { name: 'Embed' }));
  const dialog = await screen.findByRole('dialog', { name: 'Embed this story' });
  const code = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Code to paste' });
  return { user, dialog, code };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('EmbedDialog', () => {
  it('opens from the Embed button', async () => {
    const { dialog } = await openDialog();
    expect(dialog).toBeVisible();
  });

  it('moves focus into the dialog, to its Copy code button', async () => {
    const { dialog } = await openDialog();
    expect(within(dialog).getByRole('button', { name: 'Copy code' })).toHaveFocus();
  });

  it('writes an iframe titled by the story that loads lazily', async () => {
    const { code } = await openDialog();
    expect(code.value).toMatch(
      /<iframe [^>]*title="Drills on the Tajik–Afghan border: map and timeline"/,
    );
    expect(code.value).toMatch(/<iframe [^>]*loading="lazy"/);
  });

  it('points the iframe at the view on screen, in embed mode', async () => {
    const { code } = await openDialog();
    expect(code.value).toMatch(/src="[^"]*event=joint-exercise[^"]*mode=embed/);
  });

  it('writes the chosen theme, size and script into the code', async () => {
    const { user, dialog, code } = await openDialog();
    await user.click(within(dialog).getByRole('radio', { name: 'Dark' }));
    await user.click(within(dialog).getByRole('radio', { name: /Small/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Resize to fit content/ }));
    expect(code.value).toContain('theme=dark');
    expect(code.value).toContain('width="300" height="250"');
    expect(code.value).toMatch(/<script src="[^"]*\/embed\/dateline-resize\.js" async><\/script>/);
  });

  it('leaves the controls out when asked', async () => {
    const { user, dialog, code } = await openDialog();
    await user.click(within(dialog).getByRole('checkbox', { name: /Show controls/ }));
    expect(code.value).toContain('controls=0');
  });

  it('copies the code and says so', async () => {
    const { user, dialog, code } = await openDialog();
    const writeText = vi.fn(() => Promise.resolve());
    clipboardWith(writeText);
    await user.click(within(dialog).getByRole('button', { name: 'Copy code' }));
    expect(writeText).toHaveBeenCalledWith(code.value);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied');
  });

  it('selects the code for copying by hand when the clipboard refuses', async () => {
    const { user, dialog, code } = await openDialog();
    clipboardWith(() => Promise.reject(new Error('denied')));
    await user.click(within(dialog).getByRole('button', { name: 'Copy code' }));
    expect(code).toHaveFocus();
    expect(code.selectionEnd - code.selectionStart).toBe(code.value.length);
    expect(within(dialog).getByRole('status')).toHaveTextContent(/press Ctrl\+C/);
  });

  it('closes on Escape and gives focus back to the Embed button', async () => {
    const { user } = await openDialog();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Embed' })).toHaveFocus();
  });

  it('closes with its Close button', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says a story kept only in this browser must be hosted, and links to where it will live', async () => {
    const user = userEvent.setup();
    renderWithStore(<EmbedButton />, storeWithStory(undefined, { story: 'local:abcdefghij12' }));
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Embed this story' });
    expect(dialog).toHaveTextContent(/kept only in this browser.*must be hosted on this site/);
    const place = within(dialog).getByRole('textbox', { name: 'Where the story file will live' });
    expect(place).toHaveValue('stories/drills-on-the-tajik-afghan-border.json');
    expect(place).toHaveFocus();
    const code = within(dialog).getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Code to paste',
    });
    expect(code.value).toMatch(/src="[^"]*story=stories\/drills-on-the-tajik-afghan-border\.json/);
    expect(code.value).not.toMatch(/local:/);
    await user.clear(place);
    await user.type(place, 'https://elsewhere.example/s.json');
    expect(place).toHaveAccessibleDescription(/on another site/);
    expect(code.value).toBe('');
    expect(within(dialog).getByRole('button', { name: 'Copy code' })).toBeDisabled();
  });
});
