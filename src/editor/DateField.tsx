/**
 * The event's date: its precision (day, month, year, hour, time of day, approximate), a start,
 * an optional end for a range, and the date as readers will see it printed. ↑ and ↓ in a date
 * step it by its own unit, so a date can be fixed from the keyboard without retyping it.
 */
import type { KeyboardEvent } from 'react';
import { dateForPrecision, stepDate } from '../edit/step-date';
import type { EditTime } from '../edit/event-ops';
import type { StoryEventInput } from '../story/story-schema';
import { precisionSchema } from '../story/story-schema';
import { useDateline } from '../state/store-context';
import { resolveTime, type Precision } from '../time/event-time';
import { formatEventTime } from '../time/format-date';
import { useMessages } from '../ui/messages-context';
import { describedBy, FieldProblems, useProblemsAt } from './field-problems';
import { TextField } from './TextField';
import '../i18n/lazy/editor';

export function DateField({ event, path }: { event: StoryEventInput; path: string }) {
  const m = useMessages();
  const applyEdit = useDateline((state) => state.applyEdit);
  const time = event.time;
  const set = (next: Partial<EditTime>) =>
    applyEdit({ type: 'set-event-time', eventId: event.id, time: { ...time, ...next } });
  const precisionProblems = useProblemsAt(`${path}.time.precision`, true);
  const startProblems = useProblemsAt(`${path}.time.start`, true);
  const endProblems = useProblemsAt(`${path}.time.end`, true);
  const timeProblems = useProblemsAt(`${path}.time`, true);
  const resolved = resolveTime(time);
  const printed = resolved && timeProblems.length === 0 ? formatEventTime(resolved) : '—';
  const id = `edit-${event.id}-time`;

  const choosePrecision = (precision: Precision) => {
    set({
      precision,
      start: dateForPrecision(time.start, precision),
      end: time.end === undefined ? undefined : dateForPrecision(time.end, precision),
    });
  };
  const stepKeys = (which: 'start' | 'end') => (keyEvent: KeyboardEvent<HTMLInputElement>) => {
    if (keyEvent.key !== 'ArrowUp' && keyEvent.key !== 'ArrowDown') return;
    const text = which === 'start' ? time.start : time.end;
    if (text === undefined) return;
    const next = stepDate(text, time.precision, keyEvent.key === 'ArrowUp' ? 1 : -1);
    if (next === undefined) return;
    keyEvent.preventDefault();
    set({ [which]: next });
  };

  return (
    <fieldset className="editor__group">
      <legend>{m.editor.when}</legend>
      <div className="editor__field">
        <label htmlFor={`${id}-precision`}>{m.editor.precision}</label>
        <select
          id={`${id}-precision`}
          value={time.precision}
          onChange={(change) => {
            const parsed = precisionSchema.safeParse(change.target.value);
            if (parsed.success) choosePrecision(parsed.data);
          }}
          {...describedBy(`${id}-precision`, precisionProblems)}
        >
          {precisionSchema.options.map((precision) => (
            <option key={precision} value={precision}>
              {m.editor.precisions[precision]}
            </option>
          ))}
        </select>
        <FieldProblems id={`${id}-precision`} problems={precisionProblems} />
      </div>
      <div className="editor__row">
        <TextField
          id={`${id}-start`}
          label={m.editor.start}
          value={time.start}
          onChange={(start) => set({ start })}
          onKeyDown={stepKeys('start')}
          problems={startProblems}
          hint={m.editor.dateHint}
        />
        <TextField
          id={`${id}-end`}
          label={m.editor.end}
          value={time.end ?? ''}
          onChange={(end) => set({ end: end === '' ? undefined : end })}
          onKeyDown={stepKeys('end')}
          problems={endProblems}
        />
      </div>
      <FieldProblems id={`${id}-whole`} problems={timeProblems} />
      <p className="editor__printed" aria-live="polite">
        {m.editor.printsAs}: <strong>{printed}</strong>
      </p>
      <TextField
        id={`${id}-note`}
        label={m.editor.dateNote}
        value={time.note ?? ''}
        onChange={(note) => set({ note })}
        multiline
      />
    </fieldset>
  );
}
