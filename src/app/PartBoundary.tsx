/**
 * One part of the page (the map, the timeline, a panel) failing to render must not take the rest
 * down: React unmounts the whole tree on an uncaught render error, which left a blank page. Each
 * part sits in its own boundary, which shows a plain message in its place instead.
 */
import { Component, type ReactNode } from 'react';
import './part-boundary.css';
import { useMessages } from '../ui/messages-context';

interface Props {
  /** What the part is, as a reader would name it: "The map". */
  readonly name: string;
  /** When this changes (another story, another event), the part is tried again. */
  readonly resetKey?: unknown;
  readonly children: ReactNode;
}

interface State {
  readonly error: string | undefined;
  readonly resetKey: unknown;
}

/** Renders its children, or a message saying this part could not be shown. */
export class PartBoundary extends Component<Props, State> {
  override state: State = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null;
    return { error: undefined, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown): void {
    // Kept for whoever opens the console; the page already says what failed.
    console.error(`${this.props.name} could not be shown:`, error);
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return <PartFailed name={this.props.name} reason={this.state.error} />;
  }
}

/** The message in a failed part's place, in the interface's language (hooks need a function). */
function PartFailed({ name, reason }: { name: string; reason: string }) {
  const m = useMessages().app;
  return (
    <div role="alert" className="part-failed">
      <p>
        <strong>{m.partFailed(name)}</strong> {m.partRest}
      </p>
      <p className="part-failed__reason">{reason}</p>
    </div>
  );
}
