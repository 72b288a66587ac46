import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useDialogOpener } from '../../src/ui/use-dialog-opener';

function Opener() {
  const { open, show, close, button } = useDialogOpener();
  return (
    <>
      <button ref={button} type="button" onClick={show}>
        Open
      </button>
      <button type="button">Elsewhere</button>
      {open && (
        <div role="dialog" aria-label="Example">
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      )}
    </>
  );
}

describe('useDialogOpener', () => {
  it('opens the dialog, and closing it hands focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });
});
