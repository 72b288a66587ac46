/** "Open a story file…": a button that opens the system's file picker (keyboard and screen reader). */
import { useRef } from 'react';
import type { PickedFile } from '../library/read-story-file';
import { useMessages } from '../ui/messages-context';

/** Every extension Dateline opens: its own JSON, and what the importers read. */
const ACCEPT = '.json,.geojson,.csv,.tsv,.txt,application/json,text/csv';

/** The button; `onFile` gets the picked file. */
export function OpenFileButton({ onFile }: { onFile: (file: PickedFile) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const m = useMessages().start;
  return (
    <>
      <button
        type="button"
        className="button button--primary"
        onClick={() => input.current?.click()}
      >
        {m.openFile}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that picking the same file again opens it again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
