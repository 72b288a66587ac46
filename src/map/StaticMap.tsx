/**
 * The map where WebGL is missing (old laptops, locked-down briefing PCs, some embeds): a plain
 * message and a still SVG map of the story's region with its events in the time window, drawn
 * from the same geodata and with the same pieces as the printed handout, in the page's theme.
 */
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import { paletteFor } from './basemap-palette';
import { StaticMapDrawing } from './StaticMapDrawing';
import { useStaticMapGeo } from './use-static-map-geo';
import { useStillMapScene } from './use-still-map-scene';

const WIDTH = 1200;
const HEIGHT = 800;

interface StaticMapProps {
  /** A picture of the map for the presenter's preview of the audience screen: no message. */
  readonly preview?: boolean;
}

/** The still map and the message saying why it is still. */
export function StaticMap({ preview = false }: StaticMapProps) {
  const m = useMessages().map;
  // The theme is known here (unlike the first map's, painted before any script): the drawing
  // is painted in its palette, and the box behind it in its water.
  const theme = useDateline((state) => state.settings.theme);
  const palette = paletteFor(theme);
  const { geo } = useStaticMapGeo();
  const scene = useStillMapScene(WIDTH, HEIGHT, { limit: geo?.extent });
  return (
    <div className="static-map" style={{ background: palette.water }}>
      {!preview && (
        <p className="static-map__note" role="note">
          {m.noWebgl}
        </p>
      )}
      <StaticMapDrawing
        {...scene}
        geo={geo}
        palette={palette}
        theme={theme}
        fit="meet"
        label={m.stillMap(scene.events.length)}
      />
    </div>
  );
}
