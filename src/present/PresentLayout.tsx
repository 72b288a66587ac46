/** STUB: to be replaced. */
import { StandardLayout } from '../app/StandardLayout';

/** Placeholder until the real layout lands. */
export default function PresentLayout() {
  return <StandardLayout />;
}
