/** The title and date of the event under the pointer. */
import { useCallback } from 'react';
import { Popup } from 'react-map-gl/maplibre';
import { eventIndex } from '../state/selectors';
import type { DatelineState } from '../state/store';
import { GuessBadge, isGuess } from '../ui/GuessNote';
import { useDateline } from '../state/store-context';
import { formatEventTime } from '../time/format-date';
import type { HoverTarget } from './map-events';
import { useLocale } from '../ui/messages-context';

export function EventTooltip({ target }: { readonly target: HoverTarget }) {
  const select = useCallback(
    (state: DatelineState) => (state.story ? eventIndex(state.story).get(target.id) : undefined),
    [target.id],
  );
  const event = useDateline(select);
  const locale = useLocale();
  if (!event) return null;
  const [longitude, latitude] = target.position;
  return (
    <Popup
      longitude={longitude}
      latitude={latitude}
      anchor="bottom"
      offset={18}
      closeButton={false}
      closeOnClick={false}
      focusAfterOpen={false}
      className="map-tooltip"
      maxWidth="260px"
    >
      <span className="map-tooltip__title" dir="auto">
        {event.title}
      </span>
      <span className="map-tooltip__date">
        {formatEventTime(event.time, locale)}
        {isGuess(event.review) && (
          <>
            {' '}
            <GuessBadge />
          </>
        )}
      </span>
    </Popup>
  );
}
