import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ShellContext, type DraftToOpen } from '../../src/app/shell-context';
import type { Drafter } from '../../src/draft/draft-client';
import { draftArticle } from '../../src/draft/draft';
import DraftDialog from '../../src/start/DraftDialog';
import { buildGazetteer } from '../../src/draft/gazetteer';
import gazetteerData from '../../src/draft/gazetteer-data.json';
import { createStoryLibrary } from '../../src/library/story-library';
import CSTO from '../fixtures/csto-2021-article.raw.txt?raw';
import { fakeShell } from '../fixtures/fake-shell';

/** Just what these tests read of a drafted story's file. */
const storyFileSchema = z.object({
  sources: z.array(z.object({ published: z.string().optional() })),
  events: z.array(z.object({ time: z.object({ start: z.string() }) })),
});

// jsdom's import.meta.url is not a file: the fixtures come through Vite's imports instead.
const places = buildGazetteer(gazetteerData);
const gazetteer = () => places;

/** The real draft, run in the test's thread instead of a worker, with the worker's progress steps. */
function inlineDrafter(): Drafter {
  return {
    draft: async (request, onProgress = () => undefined) => {
      onProgress('gazetteer', 0);
      await new Promise((resolve) => setTimeout(resolve, 0));
      const { text, ...options } = request;
      const result = draftArticle(text, gazetteer(), { ...options, onProgress });
      return {
        type: 'done',
        id: 1,
        story: result.story,
        messages: [...result.messages],
        eventCount: result.eventCount,
        times: [...result.annotations.times],
        places: [...result.annotations.places],
        seconds: 0.25,
      };
    },
    close: () => undefined,
  };
}

/** A drafter that never answers, as a long draft would. */
function stalledDrafter(): Drafter {
  return { draft: () => new Promise(() => undefined), close: () => undefined };
}

function renderDialog(
  make: () => Drafter = inlineDrafter,
  discarded: () => void = () => undefined,
) {
  const drafters = { get: async () => make(), discard: discarded };
  const openDraft = vi.fn<(draft: DraftToOpen) => void>();
  const onClose = vi.fn();
  const shell = fakeShell(createStoryLibrary({ name: 'draft-dialog' }), { openDraft });
  render(
    <ShellContext.Provider value={shell}>
      <DraftDialog onClose={onClose} drafters={drafters} />
    </ShellContext.Provider>,
  );
  return { openDraft, onClose };
}

/** The hidden file input behind "Pick a .txt or .html file…", which a test hands files to. */
function articleFileInput(): HTMLElement {
  const input = screen.getByRole('button', {
    name: 'Pick a .txt or .html file…',
  }).nextElementSibling;
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input after the button');
  return input;
}

async function paste(text: string) {
  const field = screen.getByRole('textbox', { name: 'Article text' });
  await userEvent.click(field);
  await userEvent.paste(text);
}

const draftButton = () => screen.getByRole('button', { name: 'Draft the story' });

describe('the draft dialog', () => {
  // The real draft and the real gazetteer: slow on a busy machine.
  it('drafts pasted text and opens the story with every event marked as a guess', async () => {
    const { openDraft, onClose } = renderDialog();
    await paste(CSTO);
    await userEvent.type(screen.getByLabelText('Publication date'), '2021-10-18');
    await userEvent.click(draftButton());
    await waitFor(() => expect(openDraft).toHaveBeenCalledTimes(1));
    const draft = openDraft.mock.calls[0]![0];
    expect(draft.story.events.length).toBeGreaterThan(3);
    expect(draft.story.events.every((event) => event.review?.status === 'guess')).toBe(true);
    expect(draft.notes[0]).toBe(
      `${draft.story.events.length} events drafted from ${CSTO.length.toLocaleString('en')} characters in 0.3 s.`,
    );
    expect(JSON.parse(draft.text)).toMatchObject({ format: 2 });
    expect(onClose).toHaveBeenCalled();
  }, 20_000);

  it('shows the progress in a progress bar and a live status while the draft runs', async () => {
    renderDialog(stalledDrafter);
    await paste(CSTO);
    await userEvent.click(draftButton());
    expect(await screen.findByRole('progressbar', { name: 'Draft progress' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the place names…');
    expect(draftButton()).toBeDisabled();
  });

  it('cancels a running draft: the worker is closed and the dialog says so', async () => {
    const discarded = vi.fn();
    const { openDraft } = renderDialog(stalledDrafter, discarded);
    await paste(CSTO);
    await userEvent.click(draftButton());
    await screen.findByRole('progressbar');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(discarded).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('The draft was cancelled.');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(openDraft).not.toHaveBeenCalled();
  });

  it('asks for text when there is none', async () => {
    const { openDraft } = renderDialog();
    await userEvent.click(draftButton());
    expect(screen.getByRole('alert')).toHaveTextContent(
      'There is no text to draft: paste the article or pick a file.',
    );
    expect(openDraft).not.toHaveBeenCalled();
  });

  it.each([
    [
      'Cyrillic',
      'Во вторник в Москве прошли переговоры о положении в Афганистане. Делегация прибыла.',
    ],
    [
      'Arabic',
      'أجرت روسيا مناورات عسكرية قرب الحدود الطاجيكية الأفغانية يوم الاثنين. وقال مسؤولون.',
    ],
    [
      'Chinese',
      '俄罗斯周一在塔吉克斯坦与阿富汗边境附近举行军事演习。官员表示，会谈将于周二在莫斯科举行。',
    ],
  ])('says that %s text is read as English only and opens nothing', async (_script, text) => {
    const { openDraft } = renderDialog();
    await paste(text);
    await userEvent.click(draftButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No events could be drafted from this text.');
    expect(alert).toHaveTextContent('Dates and places are read in English only');
    expect(openDraft).not.toHaveBeenCalled();
  });

  it('says plainly that only English drafting is available when another language is chosen', async () => {
    renderDialog();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Language of the article' }),
      'Русский',
    );
    expect(screen.getByRole('note')).toHaveTextContent('Only English drafting is available');
  });

  it('says that no dates or places were found in an article without them', async () => {
    const { openDraft } = renderDialog();
    await paste('Nothing much happened, and nobody said where.');
    await userEvent.click(draftButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No dates were found in the text.');
    expect(alert).toHaveTextContent('No places were found in the text.');
    expect(openDraft).not.toHaveBeenCalled();
  });

  it('opens a partial draft with undated guesses and says why when the publication date is unknown', async () => {
    const { openDraft } = renderDialog();
    await paste(CSTO);
    expect(screen.getByText(/Unknown if left empty/)).toBeInTheDocument();
    await userEvent.click(draftButton());
    await waitFor(() => expect(openDraft).toHaveBeenCalled());
    expect(openDraft.mock.calls[0]![0].notes.join(' ')).toContain('No publication date');
  });
});

describe("the article's date line in the draft dialog", () => {
  const ARTICLE =
    'Russia leads drills near the Afghan border\n\nOctober 19, 2021\n\nRussian troops began exercises in Tajikistan on Monday, near the Afghan border, officials said in Dushanbe.';
  const dateField = () => screen.getByLabelText('Publication date');

  it('fills the publication date from the date line as a guess, and the draft counts from it', async () => {
    const { openDraft } = renderDialog();
    await paste(ARTICLE);
    expect(dateField()).toHaveValue('2021-10-19');
    const hint = screen.getByText(/From the article’s date line/);
    expect(hint).toHaveTextContent(
      'Guess From the article’s date line: “October 19, 2021”. Check it.',
    );
    expect(dateField()).toHaveAccessibleDescription(/Guess From the article’s date line/);
    await userEvent.click(draftButton());
    await waitFor(() => expect(openDraft).toHaveBeenCalledTimes(1));
    const draft = openDraft.mock.calls[0]![0];
    expect(draft.notes.join(' ')).toContain(
      'count from the publication date, Tuesday 19 October 2021',
    );
    const written = storyFileSchema.parse(JSON.parse(draft.text));
    expect(written.sources[0]?.published).toBe('2021-10-19');
    expect(written.events.map((event) => event.time.start)).toContain('2021-10-18');
  }, 20_000);

  it('follows the text while the date is its guess, and clears it with the date line', async () => {
    renderDialog();
    await paste(ARTICLE);
    const field = screen.getByRole('textbox', { name: 'Article text' });
    await userEvent.clear(field);
    expect(dateField()).toHaveValue('');
    expect(screen.getByText(/Unknown if left empty/)).toBeInTheDocument();
    await paste(ARTICLE.replace('October 19, 2021', '20 Oct 2021'));
    expect(dateField()).toHaveValue('2021-10-20');
  });

  it('keeps a date the person typed: the date line does not overwrite it', async () => {
    renderDialog();
    await userEvent.type(dateField(), '2021-10-21');
    await paste(ARTICLE);
    expect(dateField()).toHaveValue('2021-10-21');
    expect(screen.queryByText(/From the article’s date line/)).not.toBeInTheDocument();
  });
});

describe('a saved page in the draft dialog', () => {
  const page = `<!doctype html><html lang="en"><head>
    <meta property="article:published_time" content="2021-10-18T09:00:00+03:00">
    <title>Drills near the border</title>
    <style>body { background: url(https://tracker.example/bg.png) }</style>
    <script>window.__pageScriptRan = true;</script>
    <script src="https://tracker.example/t.js"></script>
    </head><body><article><h1>Drills near the border</h1>
    <p>Russian troops began exercises in Tajikistan on Monday, near the Afghan border.</p>
    <p>Talks with the Taliban will be held in Moscow on Wednesday, officials said.</p>
    <img src="https://tracker.example/pixel.gif" onerror="window.__pageScriptRan = true">
    </article></body></html>`;

  it('reads the article and its publication date from the page, running nothing in it', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    renderDialog();
    const file = new File([page], 'drills.html', { type: 'text/html' });
    await act(async () => {
      await userEvent.upload(articleFileInput(), file);
    });
    const field = await screen.findByRole('textbox', { name: 'Article text' });
    await waitFor(() => expect(field).toHaveDisplayValue(/Talks with the Taliban/));
    expect(field).not.toHaveDisplayValue(/__pageScriptRan|tracker/);
    expect(screen.getByLabelText('Publication date')).toHaveValue('2021-10-18');
    expect(screen.getByText('From the page: 18 October 2021.')).toBeInTheDocument();
    expect(Reflect.get(window, '__pageScriptRan')).toBeUndefined();
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it('refuses a file that is neither text nor a page', async () => {
    renderDialog();
    // The picker's accept list would hide the file; a drop or "All files" would not.
    await userEvent
      .setup({ applyAccept: false })
      .upload(
        articleFileInput(),
        new File(['%PDF-1.4'], 'article.pdf', { type: 'application/pdf' }),
      );
    const notes = await screen.findByText(/is neither a text file/);
    expect(notes).toHaveTextContent(
      '“article.pdf” is neither a text file (.txt) nor a saved web page (.html).',
    );
  });
});

describe('the draft dialog as a dialog', () => {
  it('is a labelled dialog with the article field focused', () => {
    renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Draft a story from an article' });
    expect(within(dialog).getByRole('textbox', { name: 'Article text' })).toHaveFocus();
  });
});
