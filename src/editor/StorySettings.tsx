/**
 * The story's own settings, shown while no event is selected: title, summary, the kinds it
 * declares, the countries and borders its map sets apart, and the presentation's steps. Lists
 * typed as text are read when the field is left, so typing is never interrupted.
 */
import type { KindDeclaration, MapBorder, StoryFile } from '../story/story-schema';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import { describedBy, FieldProblems, useProblemsAt } from './field-problems';
import { StepsField } from './StepsField';
import { TextField } from './TextField';
import '../i18n/lazy/editor';

export function StorySettings({ file }: { file: StoryFile }) {
  const m = useMessages();
  const applyEdit = useDateline((state) => state.applyEdit);
  const titleProblems = useProblemsAt('title');
  const kindsText = (file.kinds ?? []).map((kind) => `${kind.id} = ${kind.label}`).join('\n');
  const focusText = (file.map?.focusCountries ?? []).join(' ');
  const bordersText = (file.map?.borders ?? [])
    .map((border) => `${border.countries.join('-')}${border.label ? ` ${border.label}` : ''}`)
    .join('\n');
  return (
    <div className="details__body editor__form">
      <h2 id="details-title" className="details__title">
        {m.editor.storySettings}
      </h2>
      <p className="editor__hint">{m.editor.noEventSelected}</p>
      <TextField
        id="edit-story-title"
        label={m.editor.storyTitle}
        value={file.title}
        onChange={(title) => applyEdit({ type: 'set-story-title', title })}
        problems={titleProblems}
      />
      <TextField
        id="edit-story-summary"
        label={m.editor.summary}
        value={file.summary}
        onChange={(summary) => applyEdit({ type: 'set-story-summary', summary })}
        multiline
      />
      <ListField
        key={`kinds:${kindsText}`}
        id="edit-story-kinds"
        label={m.editor.kinds}
        text={kindsText}
        path="kinds"
        onCommit={(text) =>
          applyEdit({ type: 'set-kinds', kinds: readKinds(text, file.kinds ?? []) })
        }
      />
      <ListField
        key={`focus:${focusText}`}
        id="edit-story-focus"
        label={m.editor.focusCountries}
        text={focusText}
        path="map.focusCountries"
        single
        onCommit={(text) =>
          applyEdit({
            type: 'set-focus-countries',
            countries: text
              .split(/[\s,;]+/)
              .filter(Boolean)
              .map((code) => code.toUpperCase()),
          })
        }
      />
      <ListField
        key={`borders:${bordersText}`}
        id="edit-story-borders"
        label={m.editor.borders}
        text={bordersText}
        path="map.borders"
        onCommit={(text) => applyEdit({ type: 'set-borders', borders: readBorders(text) })}
      />
      <StepsField file={file} />
    </div>
  );
}

/** "id = label" lines; a kind already declared keeps its colour and symbol. */
function readKinds(text: string, old: readonly KindDeclaration[]): KindDeclaration[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [id = '', ...rest] = line.split('=');
      const kindId = id.trim();
      const label = rest.join('=').trim() || kindId;
      const known = old.find((kind) => kind.id === kindId);
      return { ...known, id: kindId, label };
    });
}

/** "TJ-AF Panj river" lines: two codes, then an optional label. */
function readBorders(text: string): MapBorder[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [pair = '', ...label] = line.split(/\s+/);
      const [a = '', b = ''] = pair.toUpperCase().split('-');
      const name = label.join(' ');
      return { countries: [a, b], ...(name === '' ? {} : { label: name }) };
    });
}

interface ListFieldProps {
  readonly id: string;
  readonly label: string;
  readonly text: string;
  readonly path: string;
  readonly single?: boolean;
  readonly onCommit: (text: string) => void;
}

/** A text field read when it is left; remounted (by key) when the story's value changes. */
function ListField({ id, label, text, path, single, onCommit }: ListFieldProps) {
  const problems = useProblemsAt(path);
  const commit = (value: string) => {
    if (value !== text) onCommit(value);
  };
  const tie = describedBy(id, problems);
  return (
    <div className="editor__field">
      <label htmlFor={id}>{label}</label>
      {single ? (
        <input
          id={id}
          type="text"
          defaultValue={text}
          onBlur={(blur) => commit(blur.target.value)}
          onKeyDown={(key) => {
            if (key.key === 'Enter') commit(key.currentTarget.value);
          }}
          {...tie}
        />
      ) : (
        <textarea
          id={id}
          rows={3}
          defaultValue={text}
          onBlur={(blur) => commit(blur.target.value)}
          {...tie}
        />
      )}
      <FieldProblems id={id} problems={problems} />
    </div>
  );
}
