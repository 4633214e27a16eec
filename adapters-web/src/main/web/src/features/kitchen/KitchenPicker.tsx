import { QueryProblem } from '../../components/QueryProblem';
import type { Restaurant } from '../../lib/api/portalTypes';
import { followLink, navigate } from '../../lib/router';
import { strings } from '../../lib/strings';
import { useStations } from './StationPage';
import { rememberedStation, rememberStation } from './stationWork';

const t = strings.portal.kitchen;

export const EXPO = 'expo';

/** Where a kitchen screen lives in the portal. */
export function screenPath(restaurantId: string, stationId: string): string {
  return stationId === EXPO ? `/portal/r/${restaurantId}/expo` : `/portal/r/${restaurantId}/kitchen/${stationId}`;
}

/** Which screen this device shows: a station, or the expo. The choice is remembered on the device. */
export function KitchenPicker({ restaurant, manager }: { restaurant: Restaurant; manager: boolean }) {
  const stations = useStations(restaurant.id);
  const remembered = rememberedStation();
  const mine = remembered?.restaurantId === restaurant.id ? remembered.stationId : undefined;

  function open(event: React.MouseEvent<HTMLAnchorElement>, stationId: string) {
    rememberStation({ restaurantId: restaurant.id, stationId });
    followLink(event);
  }

  const screens = (stations.data?.stations ?? [])
    .filter((station) => station.id)
    .map((station) => ({ id: station.expo ? EXPO : station.id!, name: station.name, hint: station.expo ? t.expoHint : t.stationHint }));
  if (stations.data && !screens.some((screen) => screen.id === EXPO)) screens.push({ id: EXPO, name: t.expo, hint: t.expoHint });

  return (
    <main className="page">
      <h1 className="page__title">{t.title}</h1>
      <p className="muted">{t.subtitle}</p>
      {stations.isPending && <p role="status">{strings.common.loading}</p>}
      {stations.isError && <QueryProblem error={stations.error} onRetry={() => void stations.refetch()} />}
      {stations.data && stations.data.stations.length === 0 && (
        <p>
          {t.none}{' '}
          {manager && (
            <button type="button" className="link-button" onClick={() => navigate(`/portal/r/${restaurant.id}/stations`)}>{t.setUp}</button>
          )}
        </p>
      )}
      <nav className="picker" aria-label={t.title}>
        {screens.map((screen) => (
          <a key={screen.id} href={screenPath(restaurant.id, screen.id)} className={`picker__item ${mine === screen.id ? 'picker__item--mine' : ''}`}
            onClick={(event) => open(event, screen.id)} aria-current={mine === screen.id ? 'true' : undefined}>
            <span className="picker__name">{t.open(screen.name)}</span>
            <span className="picker__meta">{mine === screen.id ? `${t.thisScreen} · ${screen.hint}` : screen.hint}</span>
          </a>
        ))}
      </nav>
    </main>
  );
}
