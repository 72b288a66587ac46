/**
 * The problem notices: a story that could not load (an alert), events left out of a story that
 * did (an alert the reader can dismiss), and parts of the link that were ignored (a status).
 * Loaded only when there is something to say (ProblemsAlert), so a story that opens cleanly does
 * not fetch the code that words and folds problems.
 */
import { useState } from 'react';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import { failedReport, leftOutReport, linkReport, type ProblemReport } from './problem-report';
import { DEFAULT_STORY } from './start-story';

/** Lines shown before the rest fold into "Show all". */
const VISIBLE_LINES = 3;

/** Every problem notice the story and the link call for. */
export function ProblemNotices() {
  const status = useDateline((state) => state.status);
  const storyProblems = useDateline((state) => state.storyProblems);
  const linkProblems = useDateline((state) => state.linkProblems);
  const asked = useDateline((state) => state.settings.initial.story ?? DEFAULT_STORY);
  const messages = useMessages();
  const m = messages.app;
  const leftOut = status === 'ready' ? leftOutReport(storyProblems, messages) : undefined;
  const ignored = linkReport(linkProblems, messages);
  return (
    <>
      {status === 'failed' && (
        <div role="alert" className="notice notice--failed">
          <div className="notice__body">
            <ReportLines report={failedReport(storyProblems, messages)} />
            <p className="notice__where">{m.storyAskedFor(asked)}</p>
          </div>
        </div>
      )}
      {leftOut && <Dismissible role="alert" className="notice notice--warning" report={leftOut} />}
      {ignored && <Dismissible role="status" className="notice notice--link" report={ignored} />}
    </>
  );
}

function Dismissible(props: {
  role: 'alert' | 'status';
  className: string;
  report: ProblemReport;
}) {
  const [dismissed, setDismissed] = useState(false);
  const m = useMessages().app;
  if (dismissed) return null;
  return (
    <div role={props.role} className={props.className}>
      <div className="notice__body">
        <ReportLines report={props.report} />
      </div>
      <button
        type="button"
        className="icon-button notice__dismiss"
        aria-label={m.dismiss(props.report.headline)}
        onClick={() => setDismissed(true)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

function ReportLines({ report }: { report: ProblemReport }) {
  const { lines } = report;
  const [only] = lines;
  const m = useMessages().app;
  // "This story could not be shown." ends a sentence; "2 events not shown" introduces a list.
  const headline = /[.!?]$/.test(report.headline) ? report.headline : `${report.headline}:`;
  if (lines.length === 1 && only !== undefined) {
    return (
      <p>
        <span className="notice__headline">{headline}</span> {only}
      </p>
    );
  }
  const visible = lines.slice(0, VISIBLE_LINES);
  const folded = lines.slice(VISIBLE_LINES);
  return (
    <>
      <p className="notice__headline">{headline}</p>
      <ul className="notice__lines">
        {visible.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      {folded.length > 0 && (
        <details className="notice__more">
          <summary>{m.showMore(folded.length)}</summary>
          <ul className="notice__lines">
            {folded.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
