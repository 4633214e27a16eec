import { forwardRef } from 'react';
import { formatTime } from '../../lib/format';
import { mayCancel, nextMove, refundable } from '../../lib/orderMoves';
import { strings } from '../../lib/strings';
import type { Address, Order } from '../../lib/api/types';
import { clock, elapsedMs, isTimed, remainingMs, urgency, type Thresholds } from './timers';

const t = strings.portal;
const DELAYS = [5, 10, 15, 20];

export interface CardActions {
  accept: (order: Order) => void;
  reject: (order: Order) => void;
  advance: (order: Order) => void;
  delay: (order: Order, minutes: number) => void;
  cancel: (order: Order) => void;
  refund: (order: Order) => void;
}

interface OrderCardProps {
  order: Order;
  now: number;
  timezone: string;
  thresholds: Thresholds;
  ringing: boolean;
  selected: boolean;
  disabled: boolean;
  busy: boolean;
  manager: boolean;
  error: string | undefined;
  actions: CardActions;
  onSelect: () => void;
}

export function fulfillmentText(order: Order): string {
  const f = order.fulfillment;
  if (f.type === 'DINE_IN') return f.table ? t.card.table(f.table) : t.card.dineIn;
  if (f.type === 'PICKUP') return t.card.pickup;
  // A server before structured addresses sends the address as one line of text.
  const a = f.address as Address | string | null | undefined;
  if (!a) return t.card.delivery;
  if (typeof a === 'string') return a;
  return [a.line1, a.line2, `${a.postalCode} ${a.city}`, a.instructions].filter(Boolean).join(', ');
}

/** One order on the board: what to make, for whom, how late, and the moves the kitchen makes next. */
export const OrderCard = forwardRef<HTMLElement, OrderCardProps>(function OrderCard(
  { order, now, timezone, thresholds, ringing, selected, disabled, busy, manager, error, actions, onSelect },
  ref,
) {
  const timed = isTimed(order);
  const level = timed ? urgency(order, now, thresholds) : 'onTime';
  const left = remainingMs(order, now);
  const next = nextMove(order);
  const status = strings.tracking.steps[order.status];
  const lock = disabled || busy;
  const final = order.status === 'COMPLETED' || order.status === 'REJECTED' || order.status === 'CANCELLED';
  return (
    <article
      ref={ref}
      tabIndex={-1}
      aria-label={t.card.label(order.number, status)}
      className={`ticket ticket--${timed ? level : 'quiet'} ${ringing ? 'ticket--ringing' : ''} ${selected ? 'ticket--selected' : ''} ${final ? 'ticket--final' : ''}`}
      onClick={onSelect}
    >
      <header className="ticket__head">
        <span className="ticket__number">{t.card.number(order.number)}</span>
        <span className={`ticket__kind ticket__kind--${order.fulfillment.type.toLowerCase()}`}>{
          order.fulfillment.type === 'DELIVERY' ? t.card.delivery : order.fulfillment.type === 'PICKUP' ? t.card.pickup : t.card.dineIn
        }</span>
        {ringing && <span className="ticket__new">{t.card.isNew}</span>}
        {final && <span className="ticket__status">{status}</span>}
      </header>
      <p className="ticket__guest">
        <strong>{order.customer.name}</strong>
        {order.fulfillment.type !== 'PICKUP' && <span className="ticket__where">{fulfillmentText(order)}</span>}
      </p>
      {order.scheduledFor && <p className="ticket__scheduled">{t.card.scheduledFor(formatTime(order.scheduledFor, timezone))}</p>}
      <div className="ticket__clocks">
        <span>{t.card.placedAgo(clock(elapsedMs(order, now)))}</span>
        {timed && (
          <span className={`ticket__due ticket__due--${level}`}>
            <span className="sr-only">{t.card.urgency[level]}: </span>
            {left >= 0 ? t.card.dueIn(clock(left)) : t.card.overdue(clock(left))}
          </span>
        )}
        {order.status === 'READY' && order.readyAt && <span>{t.card.readyFor(clock(now - Date.parse(order.readyAt)))}</span>}
      </div>
      <ul className="ticket__lines">
        {order.lines.map((line) => (
          <li key={line.id}>
            <span className="ticket__qty">{line.quantity}×</span>
            <span>
              <span className="ticket__item">{line.name}</span>
              {line.options.length > 0 && <span className="ticket__options">{line.options.map((o) => o.name).join(', ')}</span>}
              {line.note && <span className="ticket__note">{t.card.note}: {line.note}</span>}
            </span>
          </li>
        ))}
      </ul>
      {order.notes && <p className="ticket__note ticket__note--order">{t.card.orderNote}: {order.notes}</p>}
      {order.paymentStatus === 'UNPAID' && <p className="ticket__unpaid">{t.card.unpaid}</p>}
      {order.disputed && <p className="ticket__disputed">{t.card.disputed}</p>}
      {error && <p className="ticket__error" role="alert">{t.failed} {error}</p>}
      {!final && (
        <div className="ticket__actions" onClick={(e) => e.stopPropagation()}>
          {order.status === 'PLACED' && (
            <>
              <button type="button" className="button button--go" disabled={lock} onClick={() => actions.accept(order)}>
                {t.actions.accept}
              </button>
              <button type="button" className="button button--secondary" disabled={lock} onClick={() => actions.reject(order)}>
                {t.actions.reject}
              </button>
            </>
          )}
          {next && (
            <button type="button" className="button button--go" disabled={lock} onClick={() => actions.advance(order)}>
              {t.actions.next[next]}
            </button>
          )}
          {(order.status === 'ACCEPTED' || order.status === 'PREPARING') && (
            <div className="ticket__delays" role="group" aria-label={t.actions.delay}>
              <span className="ticket__delays-label" aria-hidden="true">{t.actions.delay}</span>
              {DELAYS.map((minutes) => (
                <button key={minutes} type="button" className="chip-button" disabled={lock}
                  aria-label={`${t.actions.delay} #${order.number} ${t.actions.delayBy(minutes)}`}
                  onClick={() => actions.delay(order, minutes)}>
                  +{minutes}
                </button>
              ))}
            </div>
          )}
          <div className="ticket__tools">
            <a className="link-button" href={`/api/v1/orders/${encodeURIComponent(order.id)}/ticket?format=html`} target="_blank" rel="noopener">
              {t.actions.print}
            </a>
            {mayCancel(order.status, manager) && order.status !== 'PLACED' && (
              <button type="button" className="link-button" disabled={lock} onClick={() => actions.cancel(order)}>{t.actions.cancel}</button>
            )}
            {manager && refundable(order) > 0 && (
              <button type="button" className="link-button" disabled={lock} onClick={() => actions.refund(order)}>{t.actions.refund}</button>
            )}
          </div>
        </div>
      )}
      {final && manager && refundable(order) > 0 && (
        <div className="ticket__tools">
          <button type="button" className="link-button" disabled={lock} onClick={() => actions.refund(order)}>{t.actions.refund}</button>
        </div>
      )}
      {order.status === 'PLACED' && !ringing && <span className="sr-only">{t.card.isNew}</span>}
      {selected && <span className="sr-only">{t.board.selected(order.number)}</span>}
      {busy && <span className="ticket__busy">{t.actions.working}</span>}
      {!final && order.estimatedReadyAt && timed && (
        <p className="ticket__promised">{t.card.promised(formatTime(order.estimatedReadyAt, timezone))}</p>
      )}
    </article>
  );
});
