import { lazy, Suspense, useCallback, useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { QueryProblem } from '../../components/QueryProblem';
import { ProblemError, whenUnauthenticated } from '../../lib/api/client';
import { portalApi } from '../../lib/api/portal';
import type { User } from '../../lib/api/portalTypes';
import { match, navigate, usePath } from '../../lib/router';
import { strings } from '../../lib/strings';
import { BoardPage } from '../../features/board/BoardPage';
import { OrdersPage } from '../../features/orders/OrdersPage';
import { StorePage } from '../../features/store/StorePage';
import { MenuAdminPage } from '../../features/menuAdmin/MenuAdminPage';
import { StaffPage } from '../../features/staff/StaffPage';
import { RestaurantPicker } from '../../features/session/RestaurantPicker';
import { SignInPage } from '../../features/session/SignInPage';
import { ExpoPage } from '../../features/kitchen/ExpoPage';
import { KitchenPicker, screenPath } from '../../features/kitchen/KitchenPicker';
import { PrintersPage } from '../../features/kitchen/PrintersPage';
import { PromotionsPage } from '../../features/promotions/PromotionsPage';
import { StationPage } from '../../features/kitchen/StationPage';
import { StationSetupPage } from '../../features/kitchen/StationSetupPage';
import { rememberedStation } from '../../features/kitchen/stationWork';
import { PortalFrame, type Screen } from './PortalFrame';

// The reports and their charts are for managers now and then: loaded when opened.
const ReportsPage = lazy(() => import('../../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));

const SIGN_IN = '/portal/sign-in';

function signInUrl(): string {
  const here = window.location.pathname + window.location.search;
  return here.startsWith(SIGN_IN) ? window.location.pathname + window.location.search : `${SIGN_IN}?next=${encodeURIComponent(here)}`;
}

/** Only a path inside the portal may be returned to after signing in. */
function safeNext(): string {
  const next = new URLSearchParams(window.location.search).get('next');
  return next && next.startsWith('/portal') && !next.startsWith('//') ? next : '/portal';
}

export function PortalApp() {
  const path = usePath();
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: ['me'], queryFn: ({ signal }) => portalApi.me(signal), retry: false, staleTime: Infinity });

  const toSignIn = useCallback(() => {
    queryClient.removeQueries();
    navigate(signInUrl(), { replace: true });
  }, [queryClient]);

  // Any 401, from any call, returns to sign-in and afterwards to where the person was.
  useEffect(() => {
    whenUnauthenticated((apiPath) => {
      if (apiPath !== '/auth/login') toSignIn();
    });
    return () => whenUnauthenticated(undefined);
  }, [toSignIn]);

  if (path.startsWith(SIGN_IN)) {
    return (
      <SignInPage
        expired={new URLSearchParams(window.location.search).has('next') && signedInHere()}
        onSignedIn={(session) => {
          sessionStorage.setItem(SIGNED_IN_HERE, '1');
          queryClient.setQueryData(['me'], session.user);
          navigate(safeNext(), { replace: true });
        }}
      />
    );
  }
  if (me.isPending) return <p className="page" role="status">{strings.common.loading}</p>;
  if (me.isError) {
    if (me.error instanceof ProblemError && me.error.problem.status === 401) return <SignInRedirect to={toSignIn} />;
    return <main className="page"><QueryProblem error={me.error} onRetry={() => void me.refetch()} /></main>;
  }
  const user = me.data;

  async function signOut() {
    await portalApi.signOut().catch(() => undefined);
    queryClient.removeQueries();
    navigate(SIGN_IN, { replace: true });
  }

  // A kitchen screen's short address (/portal/kitchen/{stationId}, /portal/expo): the restaurant is
  // the one this device's station belongs to, or the person's only one.
  const short = match('/portal/kitchen/:stationId', path) ?? (path.replace(/\/+$/, '') === '/portal/expo' ? { stationId: 'expo' } : undefined);
  if (short) return <KitchenShortcut user={user} stationId={short.stationId!} />;

  const station = match('/portal/r/:restaurantId/kitchen/:stationId', path);
  const inRestaurant = station ?? match('/portal/r/:restaurantId', path) ?? match('/portal/r/:restaurantId/:section', path);
  if (!inRestaurant) {
    if (path.replace(/\/+$/, '') === '/portal') return <PickerOrOnly user={user} />;
    return <main className="page"><p>{strings.portal.notFound}</p></main>;
  }
  const section = (station ? 'station' : (inRestaurant.section ?? 'board')) as Screen;
  return (
    <RestaurantScreens user={user} restaurantId={inRestaurant.restaurantId!} section={section} stationId={station?.stationId}
      onSignOut={signOut} onSignedOut={toSignIn} />
  );
}

/** Not signed in: off to sign-in (after rendering, never during it). */
function SignInRedirect({ to }: { to: () => void }) {
  useEffect(to, [to]);
  return null;
}

/** A kitchen screen's short address, sent on to the full one (or to the restaurant picker). */
function KitchenShortcut({ user, stationId }: { user: User; stationId: string }) {
  const remembered = rememberedStation();
  const only = user.memberships.length === 1 ? user.memberships[0]!.restaurantId : undefined;
  const restaurantId = remembered?.stationId === stationId ? remembered.restaurantId : only;
  useEffect(() => {
    navigate(restaurantId ? screenPath(restaurantId, stationId) : '/portal', { replace: true });
  }, [restaurantId, stationId]);
  return null;
}

/** One membership and no admin right: straight to that restaurant's board. */
function PickerOrOnly({ user }: { user: User }) {
  const only = !user.admin && user.memberships.length === 1 ? user.memberships[0]!.restaurantId : undefined;
  useEffect(() => {
    if (only) navigate(`/portal/r/${only}`, { replace: true });
  }, [only]);
  return only ? null : <RestaurantPicker user={user} />;
}

function RestaurantScreens({ user, restaurantId, section, stationId, onSignOut, onSignedOut }: {
  user: User;
  restaurantId: string;
  section: Screen;
  stationId: string | undefined;
  onSignOut: () => void;
  onSignedOut: () => void;
}) {
  const restaurant = useQuery({
    queryKey: ['restaurant', restaurantId],
    queryFn: ({ signal }) => portalApi.restaurant(restaurantId, signal),
  });
  const manager = user.admin || user.memberships.some((m) => m.restaurantId === restaurantId && m.role === 'MANAGER');
  const several = user.admin || user.memberships.length > 1;
  if (restaurant.isPending) return <p className="page" role="status">{strings.common.loading}</p>;
  if (restaurant.isError) return <main className="page"><QueryProblem error={restaurant.error} onRetry={() => void restaurant.refetch()} /></main>;
  const r = restaurant.data;
  return (
    <PortalFrame restaurant={r} user={user} section={section} manager={manager} canSwitch={several} onSignOut={onSignOut}>
      {section === 'board' && <BoardPage restaurant={r} manager={manager} onSignedOut={onSignedOut} />}
      {section === 'orders' && <OrdersPage restaurant={r} manager={manager} />}
      {section === 'store' && <StorePage restaurant={r} manager={manager} />}
      {section === 'menu' && <MenuAdminPage restaurant={r} manager={manager} />}
      {section === 'staff' && manager && <StaffPage restaurant={r} user={user} />}
      {section === 'kitchen' && <KitchenPicker restaurant={r} manager={manager} />}
      {section === 'station' && stationId && <StationPage key={stationId} restaurant={r} manager={manager} onSignedOut={onSignedOut} stationId={stationId} />}
      {section === 'expo' && <ExpoPage restaurant={r} manager={manager} onSignedOut={onSignedOut} />}
      {section === 'stations' && manager && <StationSetupPage restaurant={r} />}
      {section === 'printers' && manager && <PrintersPage restaurant={r} />}
      {section === 'promotions' && manager && <PromotionsPage restaurant={r} />}
      {section === 'reports' && manager && (
        <Suspense fallback={<p className="page" role="status">{strings.common.loading}</p>}>
          <ReportsPage restaurant={r} />
        </Suspense>
      )}
    </PortalFrame>
  );
}

// Only someone who signed in in this tab can have had a session end: a first visit is just a sign-in.
const SIGNED_IN_HERE = 'chit.portal.signedInHere';

function signedInHere(): boolean {
  return sessionStorage.getItem(SIGNED_IN_HERE) === '1';
}
