/** The map's key: each kind's colour and shape, and how dates and places that are not exact are drawn. */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { selectKindTable } from '../state/selectors';
import { useDateline } from '../state/store-context';
import { KindSymbol } from './KindSymbol';
import { useMessages } from '../ui/messages-context';
import { useKindLabel } from '../ui/use-kind-label';

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
  const toggle = useRef<HTMLButtonElement>(null);
  const m = useMessages().map;
  const kindLabel = useKindLabel();
  // Escape closes an open legend from its button or its panel, and leaves focus on the button.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open) return;
    // Handled here: the page's own Escape (deselecting an event) waits for the next press.
    event.preventDefault();
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div className="map-legend" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="map-legend__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {m.legend}
      </button>
      {/* Focusable, so a keyboard can scroll it where the map is too short to show it whole. */}
      <div
        id={panelId}
        className="map-legend__panel"
        hidden={!open}
        role="region"
        aria-label={m.legend}
        tabIndex={0}
      >
        <div className="map-legend__group">
          <p id={kindsId} className="map-legend__heading">
            {m.kindsOfEvent}
          </p>
          <ul className="map-legend__list" aria-labelledby={kindsId}>
            {kinds.map((kind) => (
              <li key={kind.id}>
                <KindSymbol symbol={kind.symbol} color={kind.color} />
                {kindLabel(kind)}
              </li>
            ))}
          </ul>
        </div>
        <div className="map-legend__group">
          <p id={certaintyId} className="map-legend__heading">
            {m.howSure}
          </p>
          <ul className="map-legend__list" aria-labelledby={certaintyId}>
            <li>
              <KindSymbol symbol="circle" color={NEUTRAL} />
              {m.dateToDay}
            </li>
            <li>
              <KindSymbol symbol="circle" color={NEUTRAL} hollow />
              {m.dateCoarse}
            </li>
            <li>
              <KindSymbol symbol="circle" color={NEUTRAL} range />
              {m.dateRange}
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
                <defs>
                  <radialGradient id="legend-area-fill">
                    <stop offset="55%" stopColor={NEUTRAL} stopOpacity={0.18} />
                    <stop offset="100%" stopColor={NEUTRAL} stopOpacity={0.45} />
                  </radialGradient>
                </defs>
                <circle cx={15} cy={15} r={13} fill="url(#legend-area-fill)" />
              </svg>
              {m.placeRough}
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}
