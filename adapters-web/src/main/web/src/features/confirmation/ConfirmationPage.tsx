import { useQuery } from '@tanstack/react-query';
import { Alert } from '../../components/Alert';
import { OrderLines } from '../../components/OrderLines';
import { PriceBreakdown } from '../../components/PriceBreakdown';
import { QueryProblem } from '../../components/QueryProblem';
import { ReceiptLinks } from '../../components/ReceiptLinks';
import { api } from '../../lib/api/endpoints';
import { formatTime } from '../../lib/format';
import { recallOrder, trackingPath } from '../../lib/placedOrders';
import { followLink } from '../../lib/router';
import { strings } from '../../lib/strings';

/** After checkout: the number, when it will be ready (restaurant's clock), receipts, the tracking link. */
export function ConfirmationPage({ orderId }: { orderId: string }) {
  const memo = recallOrder(orderId);
  const order = useQuery({
    queryKey: ['order', orderId],
    queryFn: ({ signal }) => api.order(orderId, memo!.accessToken, signal),
    enabled: memo !== undefined,
  });
  if (!memo) return <main className="page page--narrow"><Alert tone="error">{strings.tracking.notFound}</Alert></main>;
  const tracking = trackingPath(memo.id, memo.accessToken);
  const trackingUrl = `${window.location.origin}${tracking}`;

  return (
    <main className="page page--narrow confirmation" id="main">
      <div className="confirmation__hero">
        <span className="confirmation__check" aria-hidden="true">✓</span>
        <p className="eyebrow">{strings.confirmation.title}</p>
        <h1 className="page__title">{strings.confirmation.placed(memo.number)}</h1>
        {order.data && (
          <p className="confirmation__promise">
            {strings.confirmation.promised(formatTime(order.data.estimatedReadyAt, memo.timezone))}
          </p>
        )}
        {order.data?.status === 'PLACED' && <p className="muted">{strings.confirmation.waitingForKitchen}</p>}
      </div>
      {order.error && <QueryProblem error={order.error} onRetry={() => order.refetch()} />}
      <a className="button button--primary button--block" href={tracking} onClick={followLink}>{strings.confirmation.track}</a>
      <p className="muted small">{strings.confirmation.keepLink}</p>
      <p className="copy-link"><code>{trackingUrl}</code></p>
      {order.data && (
        <section className="card-section">
          <OrderLines order={order.data} />
          <PriceBreakdown quote={order.data} />
          <ReceiptLinks orderId={memo.id} accessToken={memo.accessToken} number={memo.number} />
        </section>
      )}
      <a href={`/r/${memo.restaurantId}`} onClick={followLink}>{strings.confirmation.orderMore}</a>
    </main>
  );
}
