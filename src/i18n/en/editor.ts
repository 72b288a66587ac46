/** The story editor: its toolbar, the event and story forms, and what they say back. */
import type { Formatter } from '../format';

export function editor(f: Formatter) {
  return {
    toolbar: 'Editing',
    undo: 'Undo',
    redo: 'Redo',
    done: 'Done editing',
    storySettings: 'Story settings',
    backToEvent: 'Back to the event',
    saved: 'Saved',
    saving: 'Saving…',
    notSaved: (reason: string) => `Not saved: ${reason}`,
    notLoadable: 'the story does not load until the problems below are fixed',
    loading: 'Opening the story for editing…',
    onlyLibrary:
      'Only a story kept in your library can be edited. Edit a copy to keep one and edit it.',
    cannotOpen: 'This story cannot be edited:',
    problems: (count: number) =>
      f.plural(count, { one: '# problem in the story', other: '# problems in the story' }),
    goToProblem: 'Show',
    noEventSelected: 'Choose an event on the map, the timeline or the list to edit it.',
    eventHeading: 'Edit event',
    title: 'Title',
    kind: 'Kind',
    guess: 'This event is a guess: check it, then accept it.',
    acceptGuess: 'Accept',
    rejectGuess: 'Reject (delete)',
    acceptAll: (count: number) =>
      f.plural(count, { one: 'Accept # guess', other: 'Accept all # guesses' }),
    // Date
    when: 'When',
    precision: 'Precision',
    precisions: {
      day: 'Day',
      month: 'Month',
      year: 'Year',
      hour: 'Hour',
      minute: 'Time of day',
      approximate: 'Approximate',
    },
    start: 'Start',
    end: 'End (for a range)',
    dateHint: 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM; ↑ and ↓ step by the precision',
    printsAs: 'Prints as',
    dateNote: 'How the date was found',
    // Place
    where: 'Where',
    placeName: 'Place name',
    country: 'Country code',
    longitude: 'Longitude',
    latitude: 'Latitude',
    radius: 'Uncertainty radius (km)',
    shapeOnMap: (shape: string, points: number) =>
      f.plural(points, {
        one: `${shape} of # point, drawn on the map`,
        other: `${shape} of # points, drawn on the map`,
      }),
    notOnMap: 'Not on the map yet.',
    placeAtCoordinates: 'Place at these coordinates',
    removePlace: 'Take off the map',
    searchPlaces: 'Search places',
    searching: 'Loading the gazetteer…',
    noPlaces: 'No place by that name.',
    usePlace: (name: string) => `Use ${name}`,
    placeKinds: { country: 'country', region: 'region', capital: 'capital', town: 'town' },
    gazetteerFailed: 'The gazetteer could not be loaded.',
    // Excerpts
    excerpts: 'Excerpts',
    removeExcerpt: 'Remove',
    addSelection: 'Add the selected text as an excerpt',
    orPaste: 'Or paste a passage copied exactly from the article',
    addExcerpt: 'Add excerpt',
    selectFirst: 'Select a passage in the article first.',
    article: 'The article',
    // Context
    context: 'Context from elsewhere',
    factText: 'Fact',
    factTitle: 'Source title',
    factPublisher: 'Publisher',
    factUrl: 'Link (https://…)',
    addFact: 'Add fact',
    removeFact: 'Remove',
    // Event actions
    eventActions: 'Event actions',
    newEvent: 'New event from the selected text',
    deleteEvent: 'Delete event',
    mergeWith: 'Merge another event into this one',
    merge: 'Merge',
    split: 'Split the checked excerpts into a new event',
    splitPick: (index: number) => `Move excerpt ${f.number(index)} to the new event`,
    // Story
    storyTitle: 'Story title',
    summary: 'Summary',
    kinds: 'Kinds (one per line: id = label)',
    focusCountries: 'Focus countries (codes, e.g. TJ AF)',
    borders: 'Borders to stand out (e.g. TJ-AF Panj river, one per line)',
    steps: 'Presentation steps',
    stepNotes: (index: number, title: string) => `Notes for step ${f.number(index)}: ${title}`,
    moveUp: 'Move up',
    moveDown: 'Move down',
    removeStep: 'Remove step',
    addStep: 'Add step',
    addStepFor: 'Event for a new step',
    // Results
    refused: (reason: string) => `Not changed: ${reason}`,
    undone: 'Undone',
    redone: 'Redone',
  };
}

export type EditorMessages = ReturnType<typeof editor>;
