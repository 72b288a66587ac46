/**
 * The stories that ship with Dateline (public/stories/), for the start screen. Listed here, not
 * fetched, so the start screen shows at once; a test checks this list against the files.
 */

export interface ShippedStory {
  /** The `?story=` id: public/stories/<id>.json. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly eventCount: number;
}

export const SHIPPED_STORIES: readonly ShippedStory[] = [
  {
    id: 'csto-2021',
    title: 'Russia-led drills on the Tajik-Afghan border ahead of Taliban talks in Moscow',
    summary:
      'A Russia-led security bloc began six days of military exercises near Tajikistan’s border with Afghanistan on 18 October 2021, two months after the Taliban took power in Kabul.',
    eventCount: 19,
  },
];
