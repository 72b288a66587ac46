/**
 * A button that opens the system's file picker (keyboard and screen reader: the input itself is
 * hidden from both). Opening a story and drafting from an article both use it.
 */
import { useRef } from 'react';

interface FileButtonProps {
  readonly label: string;
  /** The file types the picker offers, as the input's `accept`. */
  readonly accept: string;
  readonly primary?: boolean;
  readonly onFile: (file: File) => void;
}

export function FileButton({ label, accept, primary = false, onFile }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={primary ? 'button button--primary' : 'button'}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
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
