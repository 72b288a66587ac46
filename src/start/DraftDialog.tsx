/**
 * "Draft from an article": paste the text or pick a .txt or a saved page, say when it was
 * published (or that nobody knows: the article's own date line fills it in as a guess until
 * the person types a date) and its language, then draft it in the worker while the page stays
 * free; the draft is kept in the library and opens. A draft with no events stays here and says
 * why. Run by the shared modal-dialog hook: focus stays inside and goes back on close.
 */
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useShell } from '../app/shell-context';
import { useModalDialog } from '../app/use-modal-dialog';
import { readDateLine } from '../draft/date-line';
import type { PickedFile } from '../library/read-story-file';
import { parseStory } from '../story/parse-story';
import { formatPartialDate } from '../time/format-date';
import { parsePartialDate } from '../time/partial-date';
import { FileButton } from '../ui/FileButton';
import { GuessBadge } from '../ui/GuessNote';
import { useMessages } from '../ui/messages-context';
import { DRAFT_LANGUAGES, languageOption } from './draft-language';
import { DraftProgress } from './DraftProgress';
import {
  ARTICLE_FILES,
  MAX_ARTICLE_CHARS,
  MAX_ARTICLE_FILE_MB,
  MAX_PAGE_MB,
  readArticleFile,
} from './read-article';
import { useDraftRun, type DrafterSource } from './use-draft-run';
import '../ui/dialog.css';
import './draft-dialog.css';
import '../i18n/lazy/draft';
import '../i18n/lazy/problems';

export interface DraftDialogProps {
  readonly onClose: () => void;
  /** Tests hand in their drafters; the app uses the page's draft worker. */
  readonly drafters?: DrafterSource;
}

function readableDay(value: string): string {
  const date = parsePartialDate(value);
  return date ? formatPartialDate(date) : value;
}

interface FromPage {
  readonly title?: string;
  readonly publisher?: string;
}

/** Open while mounted; `onClose` unmounts it (and gives focus back to what opened it). */
export default function DraftDialog({ onClose, drafters }: DraftDialogProps) {
  const m = useMessages().draft;
  const common = useMessages().common;
  const describe = useMessages().problems.describe;
  const shell = useShell();
  const textArea = useRef<HTMLTextAreaElement>(null);
  const { run, start, cancel } = useDraftRun(drafters);
  const { dialogProps, close } = useModalDialog(() => {
    cancel();
    onClose();
  }, textArea);
  const ids = useId();
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [pageDate, setPageDate] = useState<string | undefined>();
  const [language, setLanguage] = useState('en');
  const [fromPage, setFromPage] = useState<FromPage>({});
  const [fileNotes, setFileNotes] = useState<readonly string[]>([]);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const running = run.state === 'running';
  // A picked page's own date comes first; without one, the text's date line is the guess.
  const dateLine = useMemo(
    () => (pageDate === undefined ? readDateLine(text) : undefined),
    [text, pageDate],
  );

  /**
   * A new text: the date field follows the page's own date (a picked web page's metadata, kept
   * while its text is edited), else the text's date line, unless the person has typed a date.
   */
  const takeText = (next: string, datedByPage: string | undefined) => {
    const line = datedByPage === undefined ? readDateLine(next) : undefined;
    const typedByPerson = published !== '' && published !== dateLine?.day && published !== pageDate;
    setText(next);
    setPageDate(datedByPage);
    if (datedByPage !== undefined || !typedByPerson) setPublished(datedByPage ?? line?.day ?? '');
  };

  const pickFile = async (file: PickedFile) => {
    setProblems([]);
    const read = await readArticleFile(file);
    if (!read.ok) {
      setFileNotes([
        read.reason === 'too-large'
          ? m.fileTooLarge(file.name, read.mb, MAX_ARTICLE_FILE_MB)
          : read.reason === 'kind'
            ? m.fileKind(file.name)
            : m.fileUnreadable(file.name, read.message),
      ]);
      return;
    }
    takeText(read.text, read.published);
    setLanguage(languageOption(read.language));
    setFromPage({
      ...(read.title ? { title: read.title } : {}),
      ...(read.publisher ? { publisher: read.publisher } : {}),
    });
    setFileNotes([
      m.fileRead(file.name, read.text.length),
      ...(read.capped ? [m.pageCapped(MAX_PAGE_MB)] : []),
      ...(read.fullLength === undefined ? [] : [m.textCapped(read.fullLength, MAX_ARTICLE_CHARS)]),
      ...read.notes,
    ]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (running || !shell) return;
    if (text.trim() === '') {
      setProblems([m.emptyText]);
      return;
    }
    setProblems([]);
    const done = await start({
      text,
      language: language === 'other' ? 'und' : language,
      ...(published === '' ? {} : { published }),
      ...fromPage,
    });
    if (!done) return;
    if (done.eventCount === 0) {
      setProblems([m.noEvents, ...done.messages]);
      return;
    }
    const parsed = parseStory(done.story);
    if (!parsed.ok) {
      setProblems([m.notAStory, ...parsed.problems.map(describe)]);
      return;
    }
    shell.openDraft({
      story: parsed.story,
      problems: parsed.problems,
      text: `${JSON.stringify(done.story, null, 2)}\n`,
      headline: m.notesHeadline,
      notes: [m.drafted(done.eventCount, text.length, done.seconds), ...done.messages],
    });
    close();
  };

  return (
    <dialog
      {...dialogProps}
      className="dialog form-dialog draft-dialog"
      aria-labelledby={`${ids}-title`}
    >
      <form className="form-dialog__form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="draft-dialog__head">
          <h2 id={`${ids}-title`} className="form-dialog__title">
            {m.title}
          </h2>
          <button type="button" className="icon-button" aria-label={common.close} onClick={close}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p className="draft-dialog__intro">{m.intro}</p>
        <label htmlFor={`${ids}-text`} className="form-dialog__label">
          {m.textLabel}
        </label>
        <textarea
          ref={textArea}
          id={`${ids}-text`}
          className="form-dialog__control draft-dialog__text"
          rows={8}
          value={text}
          disabled={running}
          aria-describedby={fileNotes.length > 0 ? `${ids}-file` : undefined}
          onChange={(event) => {
            takeText(event.target.value, pageDate);
            setProblems([]);
          }}
        />
        <div className="draft-dialog__file">
          <FileButton
            label={m.fileButton}
            accept={ARTICLE_FILES}
            onFile={(file) => void pickFile(file)}
          />
        </div>
        {fileNotes.length > 0 && (
          <ul id={`${ids}-file`} className="draft-dialog__notes" aria-live="polite">
            {fileNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        <div className="draft-dialog__row">
          <div className="form-dialog__field draft-dialog__field">
            <label htmlFor={`${ids}-date`} className="form-dialog__label">
              {m.publishedLabel}
            </label>
            <input
              id={`${ids}-date`}
              type="date"
              className="form-dialog__control"
              value={published}
              disabled={running}
              aria-describedby={`${ids}-date-hint`}
              onChange={(event) => setPublished(event.target.value)}
            />
            <p id={`${ids}-date-hint`} className="draft-dialog__hint">
              {pageDate !== undefined && published === pageDate ? (
                m.publishedFromPage(readableDay(pageDate))
              ) : dateLine && published === dateLine.day ? (
                <>
                  <GuessBadge /> {m.publishedFromDateLine(dateLine.text, dateLine.updated)}
                </>
              ) : published === '' ? (
                m.publishedUnknown
              ) : (
                ''
              )}
            </p>
          </div>
          <div className="form-dialog__field draft-dialog__field">
            <label htmlFor={`${ids}-language`} className="form-dialog__label">
              {m.languageLabel}
            </label>
            <select
              id={`${ids}-language`}
              className="form-dialog__control"
              value={language}
              disabled={running}
              aria-describedby={language === 'en' ? undefined : `${ids}-language-note`}
              onChange={(event) => setLanguage(event.target.value)}
            >
              {DRAFT_LANGUAGES.map((option) => (
                <option key={option.tag} value={option.tag} lang={option.tag}>
                  {option.name}
                </option>
              ))}
              <option value="other">{m.languageOther}</option>
            </select>
            {language !== 'en' && (
              <p id={`${ids}-language-note`} className="draft-dialog__hint" role="note">
                {m.languageNote}
              </p>
            )}
          </div>
        </div>
        <DraftProgress run={run} />
        {problems.length > 0 && (
          <div className="draft-dialog__problems" role="alert">
            {problems.map((problem) => (
              <p key={problem}>{problem}</p>
            ))}
          </div>
        )}
        <div className="form-dialog__actions">
          <button type="button" className="button" onClick={running ? cancel : close}>
            {common.cancel}
          </button>
          <button type="submit" className="button button--primary" disabled={running}>
            {m.submit}
          </button>
        </div>
      </form>
    </dialog>
  );
}
