/** The app's frame: masthead, layout landmarks, notices, problems, the shell and the field picker. */
import type { Formatter } from '../format';

export function app(f: Formatter) {
  const count = (n: number, one: string, other: string) =>
    f.plural(n, { one: `# ${one}`, other: `# ${other}` });
  return {
    storyNotAvailable: 'Story not available',
    loadingStory: 'Loading story…',
    loading: 'Loading…',
    sourceLabel: 'Source: ',
    eventsLabel: 'Events: ',
    /** After the publisher's name: ", 18 October 2021". */
    published: (date: string) => `, ${date}`,
    yourStories: 'Your stories',
    exportJson: 'Export JSON',
    exportBriefing: 'Export briefing',
    skipToEvents: 'Skip to events list',
    stage: 'Map and timeline',
    side: 'Events',
    partMap: 'The map',
    partTimeline: 'The timeline',
    partDetails: "The event's details",
    partList: 'The events list',
    partReader: 'The article reader',
    partFailed: (name: string) => `${name} could not be shown.`,
    partRest: 'The rest of the story still reads.',
    dismiss: (headline: string) => `Dismiss: ${headline}`,
    creditsBasemap: 'Basemap:',
    creditsPublicDomain: '(public domain)',
    creditsPlaces: 'Places:',
    storyAskedFor: (ref: string) => `Story asked for: “${ref}”`,
    showMore: (n: number) => `Show ${f.number(n)} more`,
    failedHeadline: 'This story could not be shown.',
    eventsNotShown: (n: number) => `${count(n, 'event', 'events')} not shown`,
    otherProblems: (n: number) =>
      count(n, 'other problem in the story file', 'other problems in the story file'),
    shapesRepaired: (n: number) => `${count(n, 'shape', 'shapes')} repaired`,
    /** Joins the parts of the left-out headline. */
    headlineParts: (parts: readonly string[]) => parts.join('; '),
    linkIgnored: 'Part of this link was ignored',
    notKept: 'This story is open, but not kept in your library.',
    goneWhenClosed: 'It will be gone when you close this tab: use “Export JSON” to save a copy.',
    importedFrom: (format: string) => `Imported from ${format}`,
    timelineJsSheet: 'a TimelineJS spreadsheet',
    opening: (name: string) => `Opening “${name}”…`,
    couldNotOpen: (name: string) => `“${name}” could not be opened.`,
    makingBriefing: 'Making the briefing…',
    briefingFailed: 'The briefing could not be made.',
    makingEditCopy: 'Making a copy to edit…',
    editCopyFailed: 'The copy to edit could not be made.',
    dropToOpen: 'Drop the file to open it',
    pickerTitle: (columns: boolean) => `Which ${columns ? 'columns' : 'properties'} to use?`,
    pickerIntro: (name: string, columns: boolean) =>
      `“${name}” does not say which ${columns ? 'column' : 'property'} holds each part of an event. Choose one for each.`,
    pickerChoose: (columns: boolean) => `Choose a ${columns ? 'column' : 'property'}…`,
    pickerMissing: (columns: boolean, role: string) =>
      `Choose the ${columns ? 'column' : 'property'} that holds the ${role}.`,
    pickerLabel: (role: string) => `The ${role}`,
    roles: {
      time: 'time',
      end: 'end time',
      title: 'title',
      text: 'text',
      latitude: 'latitude',
      longitude: 'longitude',
      place: 'place name',
    },
    open: 'Open',
    openingShort: 'Opening…',
  };
}

export type AppMessages = ReturnType<typeof app>;
