import { CartPanel } from '../../features/cart/CartPanel';
import { useCart } from '../../features/cart/cartStore';
import { CheckoutPage } from '../../features/checkout/CheckoutPage';
import { ConfirmationPage } from '../../features/confirmation/ConfirmationPage';
import { DirectoryPage } from '../../features/directory/DirectoryPage';
import { MenuPage, useMenu } from '../../features/menu/MenuPage';
import { takesOrders } from '../../features/menu/StoreBanner';
import { TrackingPage } from '../../features/tracking/TrackingPage';
import { QueryProblem } from '../../components/QueryProblem';
import type { PlacedOrder } from '../../lib/api/types';
import { rememberOrder, trackingPath } from '../../lib/placedOrders';
import { match, navigate, usePath } from '../../lib/router';
import { strings } from '../../lib/strings';

/** The guest's pages, by path. Features never import each other; they are put together here. */
export function GuestApp() {
  const path = usePath();
  if (path === '/' || path === '') return <DirectoryPage />;
  let params = match('/r/:restaurantId', path);
  if (params) return <MenuRoute restaurantId={params.restaurantId!} />;
  params = match('/r/:restaurantId/checkout', path);
  if (params) return <CheckoutRoute restaurantId={params.restaurantId!} />;
  params = match('/r/:restaurantId/orders/:orderId', path);
  if (params) return <ConfirmationPage orderId={params.orderId!} />;
  params = match('/track/:orderId', path);
  if (params) return <TrackingPage key={params.orderId} orderId={params.orderId!} />;
  return <NotFound />;
}

function MenuRoute({ restaurantId }: { restaurantId: string }) {
  const cart = useCart(restaurantId);
  return (
    <MenuPage
      restaurantId={restaurantId}
      onAdd={cart.add}
      cart={(menu) => (
        <CartPanel restaurant={menu.restaurant} cart={cart} canOrder={takesOrders(menu.restaurant)}
                   onCheckout={() => navigate(`/r/${restaurantId}/checkout`)} />
      )}
    />
  );
}

function CheckoutRoute({ restaurantId }: { restaurantId: string }) {
  const cart = useCart(restaurantId);
  const menu = useMenu(restaurantId);
  if (menu.error) return <main className="page page--narrow"><QueryProblem error={menu.error} onRetry={() => menu.refetch()} /></main>;
  if (!menu.data) return <main className="page"><p className="muted">{strings.common.loading}</p></main>;
  const restaurant = menu.data.restaurant;
  function placed(order: PlacedOrder) {
    rememberOrder({ id: order.id, number: order.number, restaurantId, accessToken: order.accessToken,
                    timezone: restaurant.timezone, currency: order.currency });
    cart.clear();
    // Still waiting for the guest's bank: the tracking page follows it until it is placed (or not).
    navigate(order.status === 'AWAITING_PAYMENT' ? trackingPath(order.id, order.accessToken) : `/r/${restaurantId}/orders/${order.id}`);
  }
  return <CheckoutPage restaurant={restaurant} lines={cart.lines} payments={menu.data.payments} onPlaced={placed} />;
}

function NotFound() {
  return (
    <main className="page page--narrow">
      <h1 className="page__title">{strings.common.notFound}</h1>
      <a href="/">{strings.common.backHome}</a>
    </main>
  );
}
