/**
 * The presentation's keyboard, as data: each action has a name (the catalogue's present.actions says
 * what it does), which keys trigger it and when it applies. The key handler, the help overlay and
 * the tests all read this one list, so the help cannot drift from what the keys do.
 */
import type { KeyNames, PresentActionId } from '../i18n/en/present';

export type { KeyNames, PresentActionId } from '../i18n/en/present';

/** What the keys can drive: the audience screen and the presenter view each provide one. */
export interface PresentControls {
  /** The current step, 0-based; undefined before the first step. */
  readonly stepIndex: number | undefined;
  readonly stepCount: number;
  readonly blank: boolean;
  readonly helpOpen: boolean;
  /** Digits typed so far towards a step number ("1", "12"); "" when none. */
  readonly typed: string;
  readonly goToStep: (index: number) => void;
  readonly setBlank: (blank: boolean) => void;
  readonly toggleFullscreen: () => void;
  readonly toggleAutoplay: () => void;
  readonly setHelpOpen: (open: boolean) => void;
  readonly setTyped: (typed: string) => void;
}

/** The parts of a keyboard event an action is matched on. */
export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/** A key, optionally with Shift required (true) or refused (false); letters match either case. */
export interface KeyBinding {
  readonly key: string;
  readonly shift?: boolean;
}

/** One thing the keyboard can do. */
export interface PresentAction {
  readonly id: PresentActionId;
  readonly keys: readonly KeyBinding[];
  /** How the keys are written in the help, when listing them one by one would not read well. */
  readonly keysShown?: readonly KeyBinding[];
  /** Whether the help joins the keys with "or" (any one of them) or "then" (one after another). */
  readonly keysJoin?: 'or' | 'then';
  /** Left out of the help overlay (it is explained by another entry). */
  readonly hidden?: boolean;
  /** Matches every key: used while the screen is blank. */
  readonly anyKey?: boolean;
  readonly when?: (controls: PresentControls) => boolean;
  readonly perform: (controls: PresentControls, press: KeyPress) => void;
}

/** The longest step number that can be typed. */
const MAX_TYPED = 5;

/** Single digits jump at once when every step has a one-digit number. */
export const IMMEDIATE_DIGIT_STEPS = 9;

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

const idle = (controls: PresentControls) => !controls.helpOpen;

const last = (controls: PresentControls) => Math.max(0, controls.stepCount - 1);

/** The step a typed number names, 0-based; undefined when it names none. */
export function typedStepIndex(typed: string, stepCount: number): number | undefined {
  if (!/^\d+$/.test(typed)) return undefined;
  const number = Number(typed);
  return number >= 1 && number <= stepCount ? number - 1 : undefined;
}

function typeDigit(controls: PresentControls, digit: string): void {
  if (controls.stepCount <= IMMEDIATE_DIGIT_STEPS) {
    const index = typedStepIndex(digit, controls.stepCount);
    if (index !== undefined) controls.goToStep(index);
    return;
  }
  const typed = `${controls.typed}${digit}`.slice(-MAX_TYPED);
  // A leading zero names no step; dropping it keeps "0" from blocking what is typed next.
  controls.setTyped(typed.replace(/^0+/, ''));
}

/** Every action, in the order they are matched and listed: the first that matches wins. */
export const PRESENT_ACTIONS: readonly PresentAction[] = [
  {
    id: 'unblank',
    keys: [],
    anyKey: true,
    hidden: true,
    when: (controls) => controls.blank,
    perform: (controls) => controls.setBlank(false),
  },
  {
    id: 'close-help',
    keys: [{ key: 'Escape' }],
    when: (controls) => controls.helpOpen,
    perform: (controls) => controls.setHelpOpen(false),
  },
  {
    id: 'next',
    keys: [{ key: 'ArrowRight' }, { key: 'PageDown' }, { key: ' ', shift: false }],
    when: idle,
    perform: (controls) => controls.goToStep((controls.stepIndex ?? -1) + 1),
  },
  {
    id: 'previous',
    keys: [{ key: 'ArrowLeft' }, { key: 'PageUp' }, { key: ' ', shift: true }],
    when: idle,
    perform: (controls) => controls.goToStep(Math.max(0, (controls.stepIndex ?? 1) - 1)),
  },
  {
    id: 'first',
    keys: [{ key: 'Home' }],
    when: idle,
    perform: (controls) => controls.goToStep(0),
  },
  {
    id: 'last',
    keys: [{ key: 'End' }],
    when: idle,
    perform: (controls) => controls.goToStep(last(controls)),
  },
  {
    id: 'go-to-typed',
    keys: [{ key: 'Enter' }],
    hidden: true,
    when: (controls) => idle(controls) && controls.typed !== '',
    perform: (controls) => {
      const index = typedStepIndex(controls.typed, controls.stepCount);
      controls.setTyped('');
      if (index !== undefined) controls.goToStep(index);
    },
  },
  {
    id: 'clear-typed',
    keys: [{ key: 'Escape' }, { key: 'Backspace' }],
    hidden: true,
    when: (controls) => idle(controls) && controls.typed !== '',
    perform: (controls) => controls.setTyped(''),
  },
  {
    id: 'go-to-number',
    keys: DIGITS.map((key) => ({ key })),
    keysShown: [{ key: '0–9' }, { key: 'Enter' }],
    keysJoin: 'then',
    when: idle,
    perform: (controls, press) => typeDigit(controls, press.key),
  },
  {
    id: 'blank',
    keys: [{ key: 'b' }, { key: '.' }],
    when: idle,
    perform: (controls) => controls.setBlank(true),
  },
  {
    id: 'autoplay',
    keys: [{ key: 'p' }],
    when: idle,
    perform: (controls) => controls.toggleAutoplay(),
  },
  {
    id: 'fullscreen',
    keys: [{ key: 'f' }],
    when: idle,
    perform: (controls) => controls.toggleFullscreen(),
  },
  {
    id: 'help',
    keys: [{ key: '?' }, { key: 'h' }],
    perform: (controls) => controls.setHelpOpen(!controls.helpOpen),
  },
];

function bindingMatches(binding: KeyBinding, press: KeyPress): boolean {
  const letter = /^[a-z]$/i.test(binding.key);
  const key = letter
    ? press.key.toLowerCase() === binding.key.toLowerCase()
    : press.key === binding.key;
  return key && (binding.shift === undefined || binding.shift === press.shiftKey);
}

/** Keys that are only ever half of a chord: pressing Shift alone does nothing. */
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

/**
 * The action a key press triggers, or undefined. Presses with Ctrl, Alt or Meta are the browser's
 * and the system's (Ctrl+P prints, Alt+← goes back) and are never taken.
 */
export function actionForKey(
  press: KeyPress,
  controls: PresentControls,
  actions: readonly PresentAction[] = PRESENT_ACTIONS,
): PresentAction | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey || MODIFIER_KEYS.has(press.key))
    return undefined;
  return actions.find(
    (action) =>
      (action.anyKey === true || action.keys.some((binding) => bindingMatches(binding, press))) &&
      (action.when?.(controls) ?? true),
  );
}

const ARROWS: Readonly<Record<string, string>> = { ArrowRight: '→', ArrowLeft: '←' };

const WORD_KEYS: Readonly<Record<string, keyof Omit<KeyNames, 'withShift'>>> = {
  ' ': 'space',
  PageDown: 'pageDown',
  PageUp: 'pageUp',
  Escape: 'escape',
  Enter: 'enter',
};

/** How one binding is written for people: "→", "Shift + Space", "B". */
export function describeBinding(binding: KeyBinding, names: KeyNames): string {
  const word = WORD_KEYS[binding.key];
  const name =
    ARROWS[binding.key] ??
    (word ? names[word] : binding.key.length === 1 ? binding.key.toUpperCase() : binding.key);
  return binding.shift === true ? names.withShift(name) : name;
}

/** One line of the help overlay; the catalogue's present.actions[id] says what it does. */
export interface HelpEntry {
  readonly id: PresentActionId;
  readonly keys: readonly string[];
  readonly join: 'or' | 'then';
}

/** The help overlay's lines, from the same actions the keys run. */
export function helpEntries(
  names: KeyNames,
  actions: readonly PresentAction[] = PRESENT_ACTIONS,
): HelpEntry[] {
  return actions
    .filter((action) => action.hidden !== true)
    .map((action) => ({
      id: action.id,
      keys: (action.keysShown ?? action.keys).map((binding) => describeBinding(binding, names)),
      join: action.keysJoin ?? 'or',
    }));
}
