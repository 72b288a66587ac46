import { describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../src/i18n/load-messages';
import { englishMessages } from '../fixtures/every-area';
import {
  actionForKey,
  describeBinding,
  helpEntries,
  PRESENT_ACTIONS,
  typedStepIndex,
  type KeyPress,
  type PresentControls,
} from '../../src/present/present-keys';

function controls(overrides: Partial<PresentControls> = {}): PresentControls {
  return {
    stepIndex: 4,
    stepCount: 19,
    blank: false,
    helpOpen: false,
    typed: '',
    goToStep: vi.fn(),
    setBlank: vi.fn(),
    toggleFullscreen: vi.fn(),
    toggleAutoplay: vi.fn(),
    setHelpOpen: vi.fn(),
    setTyped: vi.fn(),
    ...overrides,
  };
}

function press(key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...modifiers };
}

/** Runs the key against the controls and returns them, for their spies. */
function run(key: KeyPress, target = controls()): PresentControls {
  actionForKey(key, target)?.perform(target, key);
  return target;
}

/** The key names an English interface gives. */
const KEY_NAMES = englishMessages.present.keyNames;

describe('presentation keys', () => {
  it.each([
    ['ArrowRight', false, 'next'],
    ['PageDown', false, 'next'],
    [' ', false, 'next'],
    ['ArrowLeft', false, 'previous'],
    ['PageUp', false, 'previous'],
    [' ', true, 'previous'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
    ['b', false, 'blank'],
    ['B', true, 'blank'],
    ['.', false, 'blank'],
    ['f', false, 'fullscreen'],
    ['F', true, 'fullscreen'],
    ['p', false, 'autoplay'],
    ['?', true, 'help'],
    ['h', false, 'help'],
    ['7', false, 'go-to-number'],
  ])('%j (shift %s) is %s', (key, shiftKey, id) => {
    expect(actionForKey(press(key, { shiftKey }), controls())?.id).toBe(id);
  });

  it.each(['x', 'Tab', 'ArrowUp', 'Enter', 'Escape', 'Shift', 'F5'])('%j does nothing', (key) => {
    expect(actionForKey(press(key), controls())).toBeUndefined();
  });

  it.each([{ ctrlKey: true }, { metaKey: true }, { altKey: true }])(
    'leaves a key pressed with %o to the browser',
    (modifier) => {
      expect(actionForKey(press('p', modifier), controls())).toBeUndefined();
      expect(actionForKey(press('ArrowLeft', modifier), controls())).toBeUndefined();
    },
  );

  it('goes to the next step', () => {
    expect(run(press('ArrowRight')).goToStep).toHaveBeenCalledWith(5);
  });

  it('goes to the previous step', () => {
    expect(run(press('PageUp')).goToStep).toHaveBeenCalledWith(3);
  });

  it('goes to the first step from before any step', () => {
    expect(
      run(press('ArrowRight'), controls({ stepIndex: undefined })).goToStep,
    ).toHaveBeenCalledWith(0);
  });

  it('goes to the first and the last step', () => {
    expect(run(press('Home')).goToStep).toHaveBeenCalledWith(0);
    expect(run(press('End')).goToStep).toHaveBeenCalledWith(18);
  });

  it('blanks the screen', () => {
    expect(run(press('.')).setBlank).toHaveBeenCalledWith(true);
  });

  it('brings a blank screen back with any key, without doing what the key would', () => {
    const blank = controls({ blank: true });
    run(press('ArrowRight'), blank);
    expect(blank.setBlank).toHaveBeenCalledWith(false);
    expect(blank.goToStep).not.toHaveBeenCalled();
  });

  it('brings a blank screen back with B again', () => {
    expect(run(press('b'), controls({ blank: true })).setBlank).toHaveBeenCalledWith(false);
  });

  it('toggles full screen and autoplay', () => {
    expect(run(press('f')).toggleFullscreen).toHaveBeenCalledOnce();
    expect(run(press('p')).toggleAutoplay).toHaveBeenCalledOnce();
  });

  it('opens the help, and closes it with Esc or ? again', () => {
    expect(run(press('?', { shiftKey: true })).setHelpOpen).toHaveBeenCalledWith(true);
    expect(run(press('Escape'), controls({ helpOpen: true })).setHelpOpen).toHaveBeenCalledWith(
      false,
    );
    expect(run(press('h'), controls({ helpOpen: true })).setHelpOpen).toHaveBeenCalledWith(false);
  });

  it('does not step behind the open help', () => {
    expect(run(press('ArrowRight'), controls({ helpOpen: true })).goToStep).not.toHaveBeenCalled();
  });
});

describe('typing a step number', () => {
  it('collects digits when there are more than 9 steps', () => {
    const target = run(press('1'), controls({ typed: '' }));
    expect(target.setTyped).toHaveBeenCalledWith('1');
    expect(target.goToStep).not.toHaveBeenCalled();
    expect(run(press('2'), controls({ typed: '1' })).setTyped).toHaveBeenCalledWith('12');
  });

  it('goes to the typed step on Enter and forgets the number', () => {
    const target = run(press('Enter'), controls({ typed: '12' }));
    expect(target.goToStep).toHaveBeenCalledWith(11);
    expect(target.setTyped).toHaveBeenCalledWith('');
  });

  it('ignores a typed number past the last step', () => {
    const target = run(press('Enter'), controls({ typed: '20' }));
    expect(target.goToStep).not.toHaveBeenCalled();
    expect(target.setTyped).toHaveBeenCalledWith('');
  });

  it('forgets the typed number on Esc', () => {
    expect(run(press('Escape'), controls({ typed: '3' })).setTyped).toHaveBeenCalledWith('');
  });

  it('jumps at once on a single digit when there are 9 steps or fewer', () => {
    const target = run(press('3'), controls({ stepCount: 9 }));
    expect(target.goToStep).toHaveBeenCalledWith(2);
    expect(target.setTyped).not.toHaveBeenCalled();
  });

  it('ignores 0 and digits past the last step when jumping at once', () => {
    expect(run(press('0'), controls({ stepCount: 4 })).goToStep).not.toHaveBeenCalled();
    expect(run(press('5'), controls({ stepCount: 4 })).goToStep).not.toHaveBeenCalled();
  });

  it.each([
    ['1', 19, 0],
    ['19', 19, 18],
    ['0', 19, undefined],
    ['20', 19, undefined],
    ['', 19, undefined],
  ])('reads %j of %i steps as index %s', (typed, count, index) => {
    expect(typedStepIndex(typed, count)).toBe(index);
  });
});

describe('the help list', () => {
  it('is written from the actions, without the hidden ones', () => {
    const entries = helpEntries(KEY_NAMES);
    expect(entries.map((entry) => entry.id)).toEqual(
      PRESENT_ACTIONS.filter((action) => action.hidden !== true).map((action) => action.id),
    );
    expect(entries.find((entry) => entry.id === 'unblank')).toBeUndefined();
  });

  it('names keys the way people write them', () => {
    expect(helpEntries(KEY_NAMES).find((entry) => entry.id === 'previous')?.keys).toEqual([
      '←',
      'Page Up',
      'Shift + Space',
    ]);
    expect(describeBinding({ key: 'b' }, KEY_NAMES)).toBe('B');
  });

  it('names the keys in the interface’s language', async () => {
    const { present } = await loadMessages('ru');
    expect(helpEntries(present.keyNames).find((entry) => entry.id === 'next')?.keys).toEqual([
      '→',
      'Page Down',
      'Пробел',
    ]);
  });
});
