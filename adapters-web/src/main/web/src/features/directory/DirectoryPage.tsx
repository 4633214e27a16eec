import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../lib/api/endpoints';
import type { DirectoryRestaurant } from '../../lib/api/types';
import { formatTime } from '../../lib/format';
import { followLink, navigate } from '../../lib/router';
import { strings } from '../../lib/strings';
import { QueryProblem } from '../../components/QueryProblem';

/** `/`: the restaurants that take orders online; straight to the menu when there is only one. */
export function DirectoryPage() {
  const directory = useQuery({ queryKey: ['directory'], queryFn: ({ signal }) => api.directory(signal) });
  const only = directory.data?.items.length === 1 ? directory.data.items[0] : undefined;

  useEffect(() => {
    if (only) navigate(`/r/${only.id}`, { replace: true });
  }, [only]);

  return (
    <main className="page page--narrow" id="main">
      <h1 className="page__title">{strings.directory.title}</h1>
      <p className="page__subtitle">{strings.directory.subtitle}</p>
      {directory.isPending && <p className="muted">{strings.common.loading}</p>}
      {directory.error && <QueryProblem error={directory.error} onRetry={() => directory.refetch()} />}
      {directory.data && directory.data.items.length === 0 && <p className="muted">{strings.directory.empty}</p>}
      <ul className="directory">
        {directory.data?.items.map((restaurant) => (
          <li key={restaurant.id}>
            <a className="directory__card" href={`/r/${restaurant.id}`} onClick={followLink}
               aria-label={strings.directory.viewMenu(restaurant.name)}>
              <span className="directory__name">{restaurant.name}</span>
              {restaurant.address && <span className="directory__address">{restaurant.address}</span>}
              <StatePill restaurant={restaurant} />
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}

function StatePill({ restaurant }: { restaurant: DirectoryRestaurant }) {
  if (!restaurant.acceptingOrders || restaurant.pausedUntil) {
    const label = restaurant.pausedUntil
      ? strings.directory.pausedUntil(formatTime(restaurant.pausedUntil, restaurant.timezone))
      : strings.directory.paused;
    return <span className="pill pill--paused">{label}</span>;
  }
  return restaurant.openNow ? (
    <span className="pill pill--open">{strings.directory.open}</span>
  ) : (
    <span className="pill pill--closed">{strings.directory.closed}</span>
  );
}
