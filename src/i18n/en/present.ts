/** Presentations: the audience window, the presenter view, the keys and the printed handout. */
import type { Formatter } from '../format';

export function present(f: Formatter) {
  const n = (value: number) => f.number(value);
  return {
    toolbar: 'Presentation',
    autoplay: 'Autoplay',
    autoplayTitle: (seconds: number) => `Move on every ${n(seconds)} seconds (P)`,
    blankScreen: 'Blank screen',
    fullScreen: 'Full screen',
    presenterView: 'Presenter view',
    printHandout: 'Print handout',
    keys: 'Keys',
    keysTitle: 'Keys (? or H)',
    blankTitle: 'Blank the screen (B or .)',
    fullScreenTitle: 'Full screen (F)',
    /** Keys named by a word; the caps' own labels where a keyboard prints them in Latin letters. */
    keyNames: {
      space: 'Space',
      pageDown: 'Page Down',
      pageUp: 'Page Up',
      escape: 'Esc',
      enter: 'Enter',
      withShift: (key: string) => `Shift + ${key}`,
    },
    exit: 'Exit presentation',
    blankText: 'The screen is blank. Press any key to bring it back.',
    currentStep: 'Current step',
    thisStep: 'This step',
    steps: 'Steps',
    previous: 'Previous',
    next: 'Next',
    /** Arrows that point the way the reading goes: → is onward in left-to-right languages. */
    backArrow: '←',
    onArrow: '→',
    stepOf: (index: number, count: number) => `Step ${n(index)} of ${n(count)}`,
    stepDot: (index: number, title: string) => `Step ${n(index)}: ${title}`,
    stepTitle: (index: number, title: string) => `${n(index)}. ${title}`,
    counter: (index: number | undefined, count: number) =>
      `${index === undefined ? '–' : n(index)} / ${n(count)}`,
    announce: (index: number, count: number, title: string, date: string) =>
      `Step ${n(index)} of ${n(count)}: ${title}, ${date}`,
    goToStep: (typed: string) => `Go to step ${typed}`,
    typedEnter: ' · Enter',
    typedTooMany: (count: number) => ` · there are ${n(count)} steps`,
    linked: 'Linked to the audience screen',
    waiting: 'Waiting for the audience screen…',
    elapsed: 'Elapsed',
    elapsedTime: 'Elapsed time',
    restartClock: 'Restart clock',
    blankAudience: 'Blank audience screen',
    audienceBlank: 'The audience screen is blank. Press any key to bring it back.',
    now: 'Now',
    nowStep: (index: number, count: number) => ` · step ${n(index)} of ${n(count)}`,
    notes: 'Notes',
    noNotes: 'No notes for this step.',
    nextHeading: 'Next',
    nextStep: (index: number) => ` · step ${n(index)}`,
    lastStep: 'This is the last step.',
    or: 'or',
    then: 'then',
    /** The keys' descriptions in the help list, by action id. */
    actions: {
      unblank: 'Bring the screen back',
      'close-help': 'Close this list',
      next: 'Next step',
      previous: 'Previous step',
      first: 'First step',
      last: 'Last step',
      'go-to-typed': 'Go to the step whose number was typed',
      'clear-typed': 'Forget the typed step number',
      'go-to-number':
        'Go to the step with that number (with 9 steps or fewer, the digit alone does it)',
      blank: 'Blank the screen (any key brings it back)',
      autoplay: 'Start or stop moving on by itself',
      fullscreen: 'Full screen on or off',
      help: 'Show or hide this list of keys',
    },
    handout: 'Printed handout',
    handoutKicker: (index: number, count: number, title: string) =>
      `Step ${n(index)} of ${n(count)} · ${title}`,
    handoutCredit: 'Map: Natural Earth; place names: GeoNames (CC BY 4.0). Made with Dateline.',
    mapOf: (place: string) => `Map of ${place}`,
    mapAcross: (km: number) => `Map about ${n(km)} km across.`,
    dashedArea: (km: number) =>
      ` The dashed outline is the area the place may be in (± ${n(km)} km).`,
  };
}

export type PresentMessages = ReturnType<typeof present>;

/** The presentation's keyboard actions by name (src/present/present-keys.ts runs them). */
export type PresentActionId = keyof PresentMessages['actions'];

/** Keys named by a word, in the interface's language. */
export type KeyNames = PresentMessages['keyNames'];
