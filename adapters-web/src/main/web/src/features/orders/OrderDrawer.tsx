import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { PriceBreakdown } from '../../components/PriceBreakdown';
import { QueryProblem } from '../../components/QueryProblem';
import { portalApi } from '../../lib/api/portal';
import type { Restaurant } from '../../lib/api/portalTypes';
import { formatDayTime, formatMoney } from '../../lib/format';
import { strings } from '../../lib/strings';
import { RefundItems } from './RefundItems';

const t = strings.portal.detail;

/** One order in full: lines, history with who and when, payment, receipt and refunds. */
export function OrderDrawer({ orderId, restaurant, manager = false, onClose }: {
  orderId: string;
  restaurant: Restaurant;
  manager?: boolean;
  onClose: () => void;
}) {
  const order = useQuery({ queryKey: ['order', orderId], queryFn: ({ signal }) => portalApi.order(orderId, signal) });
  const [refunding, setRefunding] = useState(false);
  const [refunded, setRefunded] = useState<string>();
  const o = order.data;
  const mayRefundItems = manager && o !== undefined
    && (o.paymentStatus === 'CAPTURED' || o.paymentStatus === 'PARTIALLY_REFUNDED')
    && o.lines.some((line) => line.quantity > (line.refundedQuantity ?? 0));
  return (
    <Dialog title={o ? t.title(o.number) : strings.common.loading} onClose={onClose} variant="sheet">
      {order.isError && <QueryProblem error={order.error} />}
      {o && (
        <div className="drawer">
          <p className="drawer__status">
            <span className={`status status--${o.status.toLowerCase()}`}>{strings.tracking.steps[o.status]}</span>
            <span className="muted"> · {o.paymentStatus}</span>
          </p>
          {o.disputed && <p className="drawer__disputed"><strong className="badge badge--disputed">{t.disputed}</strong> {t.disputedHelp}</p>}
          <h3 className="section-title">{t.contact}</h3>
          <p>{o.customer.name} · {o.customer.email}{o.customer.phone ? ` · ${o.customer.phone}` : ''}</p>
          <h3 className="section-title">{t.lines}</h3>
          <ul className="drawer__lines">
            {o.lines.map((line) => (
              <li key={line.id}>
                <span>{line.quantity}× {line.name}{line.options.length > 0 && <span className="muted"> ({line.options.map((x) => x.name).join(', ')})</span>}
                  {line.note && <em className="muted"> — {line.note}</em>}
                  {(line.refundedQuantity ?? 0) > 0 && <span className="muted"> · {t.refundedItems(line.refundedQuantity!, line.quantity)}</span>}</span>
                <span>{formatMoney(line.lineTotal, o.currency)}</span>
              </li>
            ))}
          </ul>
          <h3 className="section-title">{t.payment}</h3>
          <PriceBreakdown quote={o} />
          {o.refunded > 0 && <p>{t.refunded(formatMoney(o.refunded, o.currency))}</p>}
          {refunded && <p role="status">{refunded}</p>}
          {mayRefundItems && !refunding && (
            <button type="button" className="button button--secondary" onClick={() => { setRefunded(undefined); setRefunding(true); }}>
              {strings.portal.refundItems.open}
            </button>
          )}
          {mayRefundItems && refunding && (
            <RefundItems order={o} onDone={(message) => { setRefunding(false); setRefunded(message); }} />
          )}
          <h3 className="section-title">{t.history}</h3>
          <ol className="drawer__history">
            {o.history.map((entry, index) => (
              <li key={index}>
                {t.move(strings.tracking.steps[entry.to], t.by[entry.actor.type] ?? entry.actor.type, formatDayTime(entry.at, restaurant.timezone))}
                {entry.reason && <span className="muted"> — {entry.reason}</span>}
              </li>
            ))}
          </ol>
          <h3 className="section-title">{t.receipt}</h3>
          <p className="drawer__links">
            <a href={portalApi.receiptUrl(o.id, 'html')} target="_blank" rel="noopener">{t.receiptHtml}</a>
            <a href={portalApi.receiptUrl(o.id, 'pdf')} target="_blank" rel="noopener">{t.receiptPdf}</a>
            <a href={portalApi.ticketUrl(o.id)} target="_blank" rel="noopener">{strings.portal.actions.print}</a>
          </p>
        </div>
      )}
    </Dialog>
  );
}
