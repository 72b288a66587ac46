/** Who made the map's data: required by the GeoNames licence, and simply owed to Natural Earth. */
import { ExternalLink } from '../panels/ExternalLink';
import { useMessages } from '../ui/messages-context';

/** The small credits line at the foot of the side panel. */
export function Credits() {
  const m = useMessages().app;
  return (
    <footer className="credits">
      {m.creditsBasemap}{' '}
      <ExternalLink url="https://www.naturalearthdata.com/">Natural Earth</ExternalLink>{' '}
      {m.creditsPublicDomain} · {m.creditsPlaces}{' '}
      <ExternalLink url="https://www.geonames.org/">GeoNames</ExternalLink> (
      <ExternalLink url="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</ExternalLink>) ·
      Dateline
    </footer>
  );
}
