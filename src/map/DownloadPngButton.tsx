/**
 * The map's "Download PNG of this view" control: under the zoom buttons, it saves the current
 * view, at twice the pixel density, with the story's title, the dates shown, a legend of the kinds
 * in view, the source and the map's credits. A status line tells screen readers how it went.
 */
import { useCallback, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useControl, useMap, type IControl } from 'react-map-gl/maplibre';
import { useDatelineStore } from '../state/store-context';
import { exportPng, saveFile } from './export-png';
import './download-png-button.css';
import { useLocale, useMessages } from '../ui/messages-context';
import type { MapMessages } from '../i18n/en/map';
import { englishMessages } from '../i18n/load-messages';

/** The button's accessible name in English, also its tooltip (tests find it by this name). */
export const DOWNLOAD_PNG_LABEL = englishMessages.map.downloadPng;

/** A MapLibre control that is only a box; React renders the button into it. */
class ControlBox implements IControl {
  readonly element = document.createElement('div');

  constructor() {
    this.element.className = 'maplibregl-ctrl maplibregl-ctrl-group map-download';
  }

  onAdd(): HTMLElement {
    return this.element;
  }

  onRemove(): void {
    this.element.remove();
  }
}

type Status =
  | { readonly state: 'idle' }
  | { readonly state: 'working' }
  | { readonly state: 'done'; readonly fileName: string }
  | { readonly state: 'failed'; readonly reason: string };

function statusText(status: Status, m: MapMessages): string {
  switch (status.state) {
    case 'idle':
      return '';
    case 'working':
      return m.makingImage;
    case 'done':
      return m.downloaded(status.fileName);
    case 'failed':
      return m.imageFailed(status.reason);
  }
}

/** The download control; renders into MapLibre's top-right control stack. */
export function DownloadPngButton() {
  const store = useDatelineStore();
  const { current: map } = useMap();
  const box = useControl(() => new ControlBox(), { position: 'top-right' });
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const busy = useRef(false);
  const messages = useMessages();
  const m = messages.map;
  const locale = useLocale();

  const download = useCallback(async () => {
    const { story, window, selectedId } = store.getState();
    if (busy.current || !story || !map) return;
    busy.current = true;
    setStatus({ state: 'working' });
    try {
      const words = { locale, messages: messages.exportImage, kinds: messages.kinds };
      const { blob, fileName } = await exportPng(map.getMap(), story, window, selectedId, words);
      saveFile(blob, fileName);
      setStatus({ state: 'done', fileName });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ state: 'failed', reason });
    } finally {
      busy.current = false;
    }
  }, [map, store, messages, locale]);

  return createPortal(
    <>
      <button
        type="button"
        className="map-download__button"
        aria-label={m.downloadPng}
        title={m.downloadPng}
        aria-disabled={status.state === 'working' ? true : undefined}
        onClick={() => void download()}
      >
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            d="M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M4 13.5V16h12v-2.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
      <p
        role="status"
        className={status.state === 'failed' ? 'map-download__problem' : 'visually-hidden'}
      >
        {statusText(status, m)}
      </p>
    </>,
    box.element,
  );
}
