import type { MenuRestaurant } from '../../lib/api/types';
import { formatMoney, formatTime } from '../../lib/format';
import { strings } from '../../lib/strings';

/** Whether the restaurant takes orders now, and when it will again if it is paused. */
export function StoreBanner({ restaurant, pausedUntil }: { restaurant: MenuRestaurant; pausedUntil?: string | null | undefined }) {
  if (!restaurant.acceptingOrders || pausedUntil) {
    const text = pausedUntil
      ? strings.menu.pausedUntilBanner(formatTime(pausedUntil, restaurant.timezone))
      : strings.menu.pausedBanner;
    return <p className="banner banner--paused" role="status">{text}</p>;
  }
  if (!restaurant.openNow) return <p className="banner banner--closed" role="status">{strings.menu.closedBanner}</p>;
  return (
    <p className="banner banner--open">
      <span className="dot" aria-hidden="true" /> {strings.menu.openBanner(restaurant.defaultPrepMinutes)}
      {restaurant.minOrder > 0 && <> · {strings.menu.minOrder(formatMoney(restaurant.minOrder, restaurant.currency))}</>}
    </p>
  );
}

export function takesOrders(restaurant: MenuRestaurant, pausedUntil?: string | null): boolean {
  return restaurant.acceptingOrders && restaurant.openNow && !pausedUntil;
}
