/** Who made the map's data: required by the GeoNames licence, and simply owed to Natural Earth. */
import { ExternalLink } from '../panels/ExternalLink';

/** The small credits line at the foot of the side panel. */
export function Credits() {
  return (
    <footer className="credits">
      Basemap: <ExternalLink url="https://www.naturalearthdata.com/">Natural Earth</ExternalLink>{' '}
      (public domain) · Places:{' '}
      <ExternalLink url="https://www.geonames.org/">GeoNames</ExternalLink> (
      <ExternalLink url="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</ExternalLink>) ·
      Dateline
    </footer>
  );
}
