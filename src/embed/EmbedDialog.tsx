/**
 * "Embed this story": a modal dialog that writes the code to paste into an article for the view
 * on screen, with a size, a theme, controls on or off and the optional resize script. Escape,
 * Close or a click on the backdrop close it (useModalDialog); focus goes back to the button that
 * opened it.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useModalDialog } from '../app/use-modal-dialog';
import { linkState } from '../state/link-state';
import { useDatelineStore } from '../state/store-context';
import type { Theme } from '../state/url-state';
import { storyFileName } from '../app/download-file';
import { readLocalStoryRef } from '../library/story-ref';
import { embedCode, hostedStoryRef, SIZE_ORDER, type EmbedSize } from './embed-code';
import { HostedStoryField } from './HostedStoryField';
import { modePage } from '../state/mode-page';
import './embed-dialog.css';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/embed';

const THEMES: readonly { readonly value: Theme; readonly label: 'light' | 'dark' }[] = [
  { value: 'light', label: 'light' },
  { value: 'dark', label: 'dark' },
];

/** The app's own address: hosted stories are resolved against it, as `?story=` is. */
function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href;
}

/** Where the resize script is served from: next to the app, wherever the app is. */
function resizeScriptUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}embed/dateline-resize.js`, window.location.href).href;
}

/** The dialog, open while mounted; `onClose` unmounts it. */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const store = useDatelineStore();
  const codeBox = useRef<HTMLTextAreaElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  const ids = useId();
  const m = useMessages().embed;
  const closeWord = useMessages().common.close;
  // The view is read once, as the dialog opens: the code is for what the reader was looking at.
  const [view] = useState(() => {
    const state = store.getState();
    return {
      link: linkState(state),
      title: state.story?.title ?? 'Dateline',
      summary: state.story?.summary ?? '',
      theme: state.settings.theme,
      pageUrl: window.location.href,
      framePage: modePage('embed'),
    };
  });
  const [size, setSize] = useState<EmbedSize>('medium');
  const [theme, setTheme] = useState<Theme>(view.theme);
  const [controls, setControls] = useState(true);
  const [resize, setResize] = useState(false);
  const [status, setStatus] = useState('');

  // A story kept only in this browser must be hosted before an article can show it.
  const local = view.link.story !== undefined && readLocalStoryRef(view.link.story).local;
  const pathField = useRef<HTMLInputElement>(null);
  // Start on the action most people came for (the options are a Shift+Tab away); for a kept
  // story, on where its file will live, so the note that says why stays in view.
  const { dialogProps, close } = useModalDialog(onClose, local ? pathField : copyButton);
  const [hostedPath, setHostedPath] = useState(() => `stories/${storyFileName(view.title)}`);
  const hosted = local ? hostedStoryRef(hostedPath, appBaseUrl()) : undefined;
  const hostedRef = hosted?.ok ? hosted.ref : undefined;
  const waiting = hosted?.ok === false;

  const code = useMemo(() => {
    if (waiting) return '';
    const link = hostedRef === undefined ? view.link : { ...view.link, story: hostedRef };
    return embedCode({
      ...view,
      link,
      size,
      theme,
      controls,
      resize,
      scriptUrl: resizeScriptUrl(),
    });
  }, [view, hostedRef, waiting, size, theme, controls, resize]);

  // A "Copied" for code that has since changed would be wrong.
  const edited = () => setStatus('');

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code);
      setStatus(m.copied);
    } catch {
      // No clipboard (an insecure page, a refused permission): select the code for Ctrl+C.
      codeBox.current?.focus();
      codeBox.current?.select();
      setStatus(m.copySelected);
    }
  };

  return (
    <dialog
      {...dialogProps}
      className="dialog embed-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-intro`}
    >
      <div className="embed-dialog__frame">
        <div className="embed-dialog__head">
          <h2 id={`${ids}-title`} className="embed-dialog__title">
            {m.title}
          </h2>
          <button type="button" className="button" onClick={close}>
            {closeWord}
          </button>
        </div>
        <p id={`${ids}-intro`} className="embed-dialog__intro">
          {m.intro}
        </p>
        {local && (
          <HostedStoryField
            ref={pathField}
            id={`${ids}-hosted`}
            value={hostedPath}
            problem={hosted?.ok === false ? hosted.refusal : undefined}
            onChange={(value) => {
              setHostedPath(value);
              edited();
            }}
          />
        )}
        <div className="embed-dialog__options">
          <fieldset className="embed-dialog__field">
            <legend>{m.size}</legend>
            {SIZE_ORDER.map((value) => (
              <label key={value} className="embed-dialog__choice">
                <input
                  type="radio"
                  name={`${ids}-size`}
                  value={value}
                  checked={size === value}
                  onChange={() => {
                    setSize(value);
                    edited();
                  }}
                />
                {m.sizes[value]}
              </label>
            ))}
          </fieldset>
          <fieldset className="embed-dialog__field">
            <legend>{m.theme}</legend>
            {THEMES.map(({ value, label }) => (
              <label key={value} className="embed-dialog__choice">
                <input
                  type="radio"
                  name={`${ids}-theme`}
                  value={value}
                  checked={theme === value}
                  onChange={() => {
                    setTheme(value);
                    edited();
                  }}
                />
                {m[label]}
              </label>
            ))}
          </fieldset>
          <div className="embed-dialog__field">
            <label className="embed-dialog__choice">
              <input
                type="checkbox"
                checked={controls}
                onChange={(event) => {
                  setControls(event.target.checked);
                  edited();
                }}
              />
              <span>
                {m.showControls} <span className="embed-dialog__hint">{m.controlsHint}</span>
              </span>
            </label>
            <label className="embed-dialog__choice">
              <input
                type="checkbox"
                checked={resize}
                onChange={(event) => {
                  setResize(event.target.checked);
                  edited();
                }}
              />
              <span>
                {m.resize} <span className="embed-dialog__hint">{m.resizeHint}</span>
              </span>
            </label>
          </div>
        </div>
        <label className="embed-dialog__code-label" htmlFor={`${ids}-code`}>
          {m.codeLabel}
        </label>
        <textarea
          ref={codeBox}
          id={`${ids}-code`}
          className="embed-dialog__code"
          value={code}
          placeholder={waiting ? m.codeWaiting : undefined}
          readOnly
          rows={9}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <div className="embed-dialog__actions">
          <button
            ref={copyButton}
            type="button"
            className="button embed-dialog__copy"
            disabled={waiting}
            onClick={() => void copy()}
          >
            {m.copy}
          </button>
          <p role="status" className="embed-dialog__status">
            {status}
          </p>
        </div>
      </div>
    </dialog>
  );
}
