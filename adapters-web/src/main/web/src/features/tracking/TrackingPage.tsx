import { useQuery } from '@tanstack/react-query';
import { useEffect, useReducer, useState } from 'react';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { PriceBreakdown } from '../../components/PriceBreakdown';
import { OrderLines } from '../../components/OrderLines';
import { QueryProblem } from '../../components/QueryProblem';
import { ReceiptLinks } from '../../components/ReceiptLinks';
import { api } from '../../lib/api/endpoints';
import type { Order, OrderStatus } from '../../lib/api/types';
import { formatTime } from '../../lib/format';
import { LiveConnection } from '../../lib/live';
import { strings } from '../../lib/strings';
import { endReason, initialTracking, isDelayed, STEPS_DELIVERY, STEPS_PICKUP, trackingReducer } from './trackingReducer';

/** The reason of an order cancelled because the guest's bank did not confirm the payment (API.md). */
const PAYMENT_FAILED = 'payment-failed';

/** The token travels in the fragment (`#t=`), so it never reaches a server log or a Referer. */
export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('t');
  return token || undefined;
}

export function TrackingPage({ orderId }: { orderId: string }) {
  const token = tokenFromHash(window.location.hash);
  if (!token) {
    return <main className="page page--narrow"><Alert tone="error">{strings.tracking.missingToken}</Alert></main>;
  }
  return <Tracking orderId={orderId} token={token} />;
}

function Tracking({ orderId, token }: { orderId: string; token: string }) {
  const [state, dispatch] = useReducer(trackingReducer, initialTracking);
  const [loadError, setLoadError] = useState<unknown>();
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    api.order(orderId, token, controller.signal).then(
      (order) => dispatch({ type: 'loaded', order }),
      (error: unknown) => !controller.signal.aborted && setLoadError(error),
    );
    const live = new LiveConnection({
      path: api.orderSocketPath(orderId, token),
      onFrame: (frame) => dispatch({ type: 'frame', frame }),
      onStatus: (status) => dispatch({ type: 'connection', status }),
    });
    live.start();
    return () => {
      controller.abort();
      live.stop();
    };
  }, [orderId, token]);

  const order = state.order;
  const menu = useQuery({
    queryKey: ['menu', order?.restaurantId],
    queryFn: ({ signal }) => api.menu(order!.restaurantId, signal),
    enabled: order !== undefined,
  });
  const timezone = menu.data?.restaurant.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  if (!order) {
    return (
      <main className="page page--narrow">
        {loadError ? <QueryProblem error={loadError} /> : <p className="muted">{strings.common.loading}</p>}
      </main>
    );
  }

  async function cancel() {
    setCancelling(true);
    setCancelError(false);
    try {
      dispatch({ type: 'loaded', order: await api.cancelOrder(orderId, token) });
      setConfirmingCancel(false);
    } catch {
      setCancelError(true);
    } finally {
      setCancelling(false);
    }
  }

  const ended = order.status === 'REJECTED' || order.status === 'CANCELLED';
  const reason = ended ? endReason(order) : undefined;
  const awaitingBank = order.status === 'AWAITING_PAYMENT';
  const time = formatTime(order.estimatedReadyAt, timezone);

  return (
    <main className="page page--narrow tracking" id="main">
      <p className="eyebrow">{menu.data?.restaurant.name ?? ''}</p>
      <h1 className="page__title">
        {order.status === 'AWAITING_PAYMENT' ? strings.tracking.titleAwaitingPayment : strings.tracking.title(order.number)}
      </h1>
      <ConnectionState connection={state.connection} wasLive={state.wasLive} resumed={state.resumed} />

      <section className={`status-card ${ended ? 'status-card--ended' : ''}`} aria-live="polite">
        <h2 className="status-card__headline">{strings.tracking.headline[order.status]}</h2>
        {awaitingBank && <p className="muted">{strings.tracking.awaitingBank}</p>}
        {!ended && !awaitingBank && order.status !== 'COMPLETED' && (
          <p className={`status-card__promise ${isDelayed(state) ? 'status-card__promise--late' : ''}`}>
            {isDelayed(state) ? strings.tracking.delayed(time) : strings.tracking.promised(time)}
          </p>
        )}
        {order.status === 'PLACED' && <p className="muted">{strings.confirmation.waitingForKitchen}</p>}
        {reason && <p>{reason === PAYMENT_FAILED ? strings.tracking.paymentFailed : strings.tracking.reason(reason)}</p>}
        {ended && <p>{order.paymentStatus === 'REFUNDED' || order.paymentStatus === 'PARTIALLY_REFUNDED' ? strings.tracking.cardRefunded : strings.tracking.cardReleased}</p>}
        {!ended && !awaitingBank && <Progress order={order} />}
        {order.status === 'PLACED' && (
          <button type="button" className="button button--danger-quiet" onClick={() => setConfirmingCancel(true)}>
            {strings.tracking.cancel}
          </button>
        )}
      </section>

      <section className="card-section">
        <h2 className="section-title">{strings.tracking.items}</h2>
        <OrderLines order={order} />
        <PriceBreakdown quote={order} />
        <ReceiptLinks orderId={order.id} accessToken={token} number={order.number} />
      </section>

      {confirmingCancel && (
        <Dialog title={strings.tracking.cancel} onClose={() => setConfirmingCancel(false)}
                footer={
                  <>
                    <button type="button" className="button button--secondary" onClick={() => setConfirmingCancel(false)} data-autofocus>
                      {strings.tracking.cancelNo}
                    </button>
                    <button type="button" className="button button--danger" onClick={cancel} disabled={cancelling}>
                      {cancelling ? strings.tracking.cancelling : strings.tracking.cancelYes}
                    </button>
                  </>
                }>
          <p>{strings.tracking.cancelConfirm}</p>
          {cancelError && <Alert tone="error">{strings.common.somethingWrong}</Alert>}
        </Dialog>
      )}
    </main>
  );
}

function ConnectionState({ connection, wasLive, resumed }: { connection: string; wasLive: boolean; resumed: boolean }) {
  if (connection === 'live') {
    return (
      <p className="live-chip live-chip--on" role="status">
        <span className="dot" aria-hidden="true" />
        {strings.tracking.live}
        {resumed && <span className="live-chip__note"> · {strings.tracking.reconnected}</span>}
      </p>
    );
  }
  if (connection === 'closed') return <Alert tone="warning">{strings.tracking.closed}</Alert>;
  if (connection === 'reconnecting' || wasLive) return <Alert tone="warning">{strings.tracking.reconnecting}</Alert>;
  return <p className="live-chip" role="status">{strings.tracking.connecting}</p>;
}

function Progress({ order }: { order: Order }) {
  const steps: readonly OrderStatus[] = order.fulfillment.type === 'DELIVERY' ? STEPS_DELIVERY : STEPS_PICKUP;
  const at = steps.indexOf(order.status);
  return (
    <ol className="progress" aria-label={strings.tracking.progress}>
      {steps.map((step, index) => (
        <li key={step} className={`progress__step ${index < at ? 'progress__step--done' : ''} ${index === at ? 'progress__step--current' : ''}`}
            aria-current={index === at ? 'step' : undefined}>
          <span className="progress__bar" aria-hidden="true" />
          <span className="progress__label">{strings.tracking.steps[step]}</span>
        </li>
      ))}
    </ol>
  );
}
