/**
 * The event's place: found by name in the offline gazetteer, or typed as coordinates (the
 * keyboard's way to do what the map tools do by pointing), its name, country and uncertainty
 * radius; a line or area drawn on the map is kept and named here. "Take off the map" leaves the
 * event on the timeline and in the list only.
 */
import { useState, type FormEvent } from 'react';
import type { EditPlace } from '../edit/event-ops';
import type { PlaceChoice } from '../edit/place-search';
import type { StoryEventInput } from '../story/story-schema';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import { FieldProblems, useProblemsAt } from './field-problems';
import { TextField } from './TextField';
import '../i18n/lazy/editor';

/** A new place at typed coordinates is known to about this many km until someone says better. */
const TYPED_KM = 10;

export function PlaceField({ event, path }: { event: StoryEventInput; path: string }) {
  const m = useMessages();
  const applyEdit = useDateline((state) => state.applyEdit);
  const place = event.place;
  const id = `edit-${event.id}-place`;
  const at = `${path}.place`;
  const nameProblems = useProblemsAt(`${at}.name`);
  const countryProblems = useProblemsAt(`${at}.country`);
  const radiusProblems = useProblemsAt(`${at}.uncertaintyKm`);
  const geometryProblems = useProblemsAt(`${at}.geometry`);
  const point = place?.geometry.type === 'Point' ? place.geometry.coordinates : undefined;
  const [lon, setLon] = useState(point ? String(point[0]) : '');
  const [lat, setLat] = useState(point ? String(point[1]) : '');
  const setPlace = (next: EditPlace | undefined) =>
    applyEdit({ type: 'set-place', eventId: event.id, place: next });

  const placeAtCoordinates = (submit: FormEvent) => {
    submit.preventDefault();
    const coordinates: [number, number] = [Number(lon), Number(lat)];
    if (lon.trim() === '' || lat.trim() === '' || !coordinates.every(Number.isFinite)) return;
    setPlace({
      name: place?.name ?? event.title,
      country: place?.country,
      geometry: { type: 'Point', coordinates },
      uncertaintyKm: place?.uncertaintyKm ?? TYPED_KM,
      note: place?.note,
    });
  };

  return (
    <fieldset className="editor__group">
      <legend>{m.editor.where}</legend>
      <PlaceSearch
        id={id}
        onChoose={(choice) => {
          setPlace(choice.place);
          setLon(
            String(
              choice.place.geometry.type === 'Point' ? choice.place.geometry.coordinates[0] : '',
            ),
          );
          setLat(
            String(
              choice.place.geometry.type === 'Point' ? choice.place.geometry.coordinates[1] : '',
            ),
          );
        }}
      />
      {place ? (
        <>
          <TextField
            id={`${id}-name`}
            label={m.editor.placeName}
            value={place.name}
            onChange={(name) => setPlace({ ...place, name })}
            problems={nameProblems}
          />
          <div className="editor__row">
            <TextField
              id={`${id}-country`}
              label={m.editor.country}
              value={place.country ?? ''}
              onChange={(country) => setPlace({ ...place, country: country.toUpperCase() })}
              problems={countryProblems}
            />
            <TextField
              id={`${id}-radius`}
              label={m.editor.radius}
              value={String(place.uncertaintyKm)}
              inputMode="decimal"
              onChange={(text) => {
                const km = Number(text);
                if (text.trim() !== '' && Number.isFinite(km)) {
                  applyEdit({ type: 'set-uncertainty', eventId: event.id, km });
                }
              }}
              problems={radiusProblems}
            />
          </div>
          {!point && (
            <p className="editor__hint">
              {m.editor.shapeOnMap(place.geometry.type, countPoints(place.geometry.coordinates))}
            </p>
          )}
          <FieldProblems id={`${id}-geometry`} problems={geometryProblems} />
        </>
      ) : (
        <p className="editor__hint">{m.editor.notOnMap}</p>
      )}
      <form className="editor__row editor__row--end" onSubmit={placeAtCoordinates}>
        <TextField
          id={`${id}-lon`}
          label={m.editor.longitude}
          value={lon}
          onChange={setLon}
          inputMode="decimal"
        />
        <TextField
          id={`${id}-lat`}
          label={m.editor.latitude}
          value={lat}
          onChange={setLat}
          inputMode="decimal"
        />
        <button type="submit" className="button">
          {m.editor.placeAtCoordinates}
        </button>
      </form>
      {place && (
        <button type="button" className="button" onClick={() => setPlace(undefined)}>
          {m.editor.removePlace}
        </button>
      )}
    </fieldset>
  );
}

/** Positions in any geometry's coordinates. */
function countPoints(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0;
  if (typeof coordinates[0] === 'number') return 1;
  return coordinates.reduce((sum: number, part: unknown) => sum + countPoints(part), 0);
}

type SearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'failed' }
  | { readonly status: 'done'; readonly choices: readonly PlaceChoice[] };

function PlaceSearch({ id, onChoose }: { id: string; onChoose: (choice: PlaceChoice) => void }) {
  const m = useMessages();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<SearchState>({ status: 'idle' });
  const run = (submit: FormEvent) => {
    submit.preventDefault();
    setSearch({ status: 'loading' });
    // The gazetteer and its search come only when a person searches, in a worker.
    import('./place-searcher')
      .then(({ searchPlaces }) => searchPlaces(query))
      .then(
        (choices) => setSearch({ status: 'done', choices }),
        () => setSearch({ status: 'failed' }),
      );
  };
  return (
    <div className="editor__search">
      <form className="editor__row editor__row--end" role="search" onSubmit={run}>
        <TextField
          id={`${id}-search`}
          label={m.editor.searchPlaces}
          value={query}
          onChange={setQuery}
        />
        <button type="submit" className="button">
          {m.editor.searchPlaces}
        </button>
      </form>
      <div aria-live="polite">
        {search.status === 'loading' && <p className="editor__hint">{m.editor.searching}</p>}
        {search.status === 'failed' && <p className="editor__hint">{m.editor.gazetteerFailed}</p>}
        {search.status === 'done' && search.choices.length === 0 && (
          <p className="editor__hint">{m.editor.noPlaces}</p>
        )}
      </div>
      {search.status === 'done' && search.choices.length > 0 && (
        <ul className="editor__choices">
          {search.choices.map((choice, index) => {
            const label = `${choice.name}${choice.country ? `, ${choice.country}` : ''} (${m.editor.placeKinds[choice.kind]})`;
            return (
              <li key={index}>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    onChoose(choice);
                    setSearch({ status: 'idle' });
                  }}
                >
                  {m.editor.usePlace(label)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
