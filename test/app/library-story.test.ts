import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { libraryStoryLoader } from '../../src/app/library-story';
import { createStoryLibrary } from '../../src/library/story-library';
import { describeProblem } from '../fixtures/describe-problem';
import { miniStoryData } from '../fixtures/load-fixture';

let counter = 0;
const freshLibrary = () => createStoryLibrary({ name: `library-story-${(counter += 1)}` });

describe('opening a library story from a link', () => {
  it('parses the kept file and hands its text on for Export', async () => {
    const library = freshLibrary();
    const text = JSON.stringify(miniStoryData());
    const kept = await library.keep({
      text,
      title: 't',
      summary: '',
      eventCount: 4,
      origin: 'dateline',
    });
    if (!kept.ok) throw new Error(`not kept: ${kept.error.kind}`);
    let heard: string | undefined;
    const result = await libraryStoryLoader(library, (t) => (heard = t))(kept.value.id);
    expect(result.ok && result.story.id).toBe('mini-story');
    expect(heard).toBe(text);
  });

  it('says a story that is not in this browser may have been deleted', async () => {
    const result = await libraryStoryLoader(freshLibrary())('abcdefghij12');
    expect(result.ok).toBe(false);
    expect(result.problems.map(describeProblem).join()).toMatch(
      /“local:abcdefghij12” is not kept in this browser: it may have been deleted/,
    );
  });
});
