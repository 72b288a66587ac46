/** The map's key: each kind's colour and shape, and how dates and places that are not exact are drawn. */
import { useId, useState } from 'react';
import { selectKindTable } from '../state/selectors';
import { useDateline } from '../state/store-context';
import { KindSymbol } from './KindSymbol';

/** Precision entries are drawn in the text colour, so they follow the theme. */
const NEUTRAL = 'currentColor';

/** Open from the start where there is room for it; on a phone it waits to be asked for. */
function startsOpen(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(min-width: 1200px) and (min-height: 900px)').matches
  );
}

export function Legend() {
  const [open, setOpen] = useState(startsOpen);
  const panelId = useId();
  const kindsId = useId();
  const certaintyId = useId();
  const kinds = useDateline(selectKindTable).kinds;
  return (
    <div className="map-legend">
      <button
        type="button"
        className="map-legend__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        Legend
      </button>
      <div id={panelId} className="map-legend__panel" hidden={!open}>
        <p id={kindsId} className="map-legend__heading">
          Kinds of event
        </p>
        <ul className="map-legend__list" aria-labelledby={kindsId}>
          {kinds.map((kind) => (
            <li key={kind.id}>
              <KindSymbol symbol={kind.symbol} color={kind.color} />
              {kind.label}
            </li>
          ))}
        </ul>
        <p id={certaintyId} className="map-legend__heading">
          How sure the story is
        </p>
        <ul className="map-legend__list" aria-labelledby={certaintyId}>
          <li>
            <KindSymbol symbol="circle" color={NEUTRAL} />
            Date known to the day
          </li>
          <li>
            <KindSymbol symbol="circle" color={NEUTRAL} hollow />
            Only the month or year, or approximate
          </li>
          <li>
            <KindSymbol symbol="circle" color={NEUTRAL} range />
            Lasted from one date to another
          </li>
          <li>
            <svg
              className="kind-symbol"
              width={22}
              height={22}
              viewBox="0 0 30 30"
              aria-hidden="true"
              focusable="false"
            >
              <circle
                cx={15}
                cy={15}
                r={12}
                fill={NEUTRAL}
                fillOpacity={0.15}
                stroke={NEUTRAL}
                strokeWidth={1.5}
                strokeDasharray="4 3"
              />
            </svg>
            Place known roughly: somewhere in the shaded area
          </li>
        </ul>
      </div>
    </div>
  );
}
