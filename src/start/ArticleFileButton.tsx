/** "Pick a .txt or .html file…": the system's file picker for an article (keyboard and screen reader). */
import { useRef } from 'react';
import type { PickedFile } from '../library/read-story-file';

const ACCEPT = '.txt,.text,.html,.htm,.xhtml,text/plain,text/html';

export function ArticleFileButton({
  label,
  onFile,
}: {
  label: string;
  onFile: (file: PickedFile) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="article-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
