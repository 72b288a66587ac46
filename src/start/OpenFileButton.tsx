/** "Open a story file…": the file picker for a story or a file the importers read. */
import type { PickedFile } from '../library/read-story-file';
import { FileButton } from '../ui/FileButton';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/start';

/** Every extension Dateline opens: its own JSON, and what the importers read. */
const ACCEPT = '.json,.geojson,.csv,.tsv,.txt,application/json,text/csv';

/** The button; `onFile` gets the picked file. */
export function OpenFileButton({ onFile }: { onFile: (file: PickedFile) => void }) {
  return (
    <FileButton label={useMessages().start.openFile} accept={ACCEPT} primary onFile={onFile} />
  );
}
