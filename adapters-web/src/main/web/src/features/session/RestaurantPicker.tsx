import { useQuery } from '@tanstack/react-query';
import { QueryProblem } from '../../components/QueryProblem';
import { portalApi } from '../../lib/api/portal';
import type { User } from '../../lib/api/portalTypes';
import { followLink } from '../../lib/router';
import { strings } from '../../lib/strings';

const t = strings.portal.picker;

/** Where to work tonight: the caller's memberships, or every restaurant for a platform admin. */
export function RestaurantPicker({ user }: { user: User }) {
  const restaurants = useQuery({ queryKey: ['restaurants'], queryFn: ({ signal }) => portalApi.restaurants(signal) });
  const roleOf = (id: string) => (user.admin ? 'ADMIN' : user.memberships.find((m) => m.restaurantId === id)?.role ?? 'STAFF');
  const visible = (restaurants.data?.items ?? []).filter((r) => user.admin || user.memberships.some((m) => m.restaurantId === r.id));
  return (
    <main className="page page--narrow">
      <h1 className="page__title">{t.title}</h1>
      <p className="page__subtitle">{user.admin ? t.admin : t.subtitle}</p>
      {restaurants.isError && <QueryProblem error={restaurants.error} onRetry={() => void restaurants.refetch()} />}
      {restaurants.isSuccess && visible.length === 0 && <p>{t.none}</p>}
      <ul className="picker">
        {visible.map((restaurant) => (
          <li key={restaurant.id}>
            <a className="picker__item" href={`/portal/r/${restaurant.id}`} onClick={followLink}>
              <span className="picker__name">{restaurant.name}</span>
              <span className="picker__meta">{t.role[roleOf(restaurant.id)]} · {restaurant.timezone}</span>
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}
