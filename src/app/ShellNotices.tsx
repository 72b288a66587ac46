/** The shell's notices: a file that could not be opened, a story not kept, what an import did. */
import { useShell, type ShellNotice } from './shell-context';
import './problems-alert.css';
import { useMessages } from '../ui/messages-context';

const CLASS: Readonly<Record<ShellNotice['tone'], string>> = {
  failed: 'notice notice--failed',
  warning: 'notice notice--warning',
  note: 'notice notice--link',
};

/** Renders nothing on a page without a shell. */
export function ShellNotices() {
  const shell = useShell();
  const m = useMessages().app;
  if (!shell) return null;
  return (
    <>
      <div role="status" className="visually-hidden">
        {shell.busy ?? ''}
      </div>
      {shell.busy !== undefined && (
        <div className="notice notice--link" aria-hidden="true">
          <p className="notice__body">{shell.busy}</p>
        </div>
      )}
      {shell.notices.map((item) => (
        <div
          key={item.id}
          role={item.tone === 'note' ? 'status' : 'alert'}
          className={CLASS[item.tone]}
        >
          <div className="notice__body">
            <p className="notice__headline">{item.headline}</p>
            <ul className="notice__lines">
              {item.lines.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </div>
          <button
            type="button"
            className="icon-button notice__dismiss"
            aria-label={m.dismiss(item.headline)}
            onClick={() => shell.dismissNotice(item.id)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </>
  );
}
