import { useEffect, useMemo } from 'react';
import { QueryProblem } from '../../components/QueryProblem';
import { portalApi } from '../../lib/api/portal';
import type { Station } from '../../lib/api/portalTypes';
import type { Order } from '../../lib/api/types';
import { nextMove } from '../../lib/orderMoves';
import { strings } from '../../lib/strings';
import { useNow } from '../../lib/useNow';
import { ConflictDialog } from '../board/dialogs';
import { fulfillmentText } from '../board/OrderCard';
import { clock, remainingMs, urgency } from '../board/timers';
import { useBoard } from '../board/useBoard';
import { useOrderActions } from '../board/useOrderActions';
import { KitchenBar } from './KitchenBar';
import { LineText, useStations, type KitchenScreenProps } from './StationPage';
import { EXPO } from './KitchenPicker';
import { expoOrders, progress, rememberStation } from './stationWork';
import { useBumpBar } from './useBumpBar';

const t = strings.portal.expo;
const c = strings.portal.card;

/** The expo: whole orders with each station's progress, sent on to ready and completed. */
export function ExpoPage({ restaurant, manager, onSignedOut }: KitchenScreenProps) {
  const stations = useStations(restaurant.id);
  const board = useBoard(restaurant.id);
  const now = useNow(1000);
  const actions = useOrderActions(board.put);
  const orders = useMemo(() => expoOrders(board.state, now, restaurant.defaultPrepMinutes), [board.state, now, restaurant.defaultPrepMinutes]);
  const disabled = board.status !== 'live';
  const thresholds = { dueSoonMinutes: restaurant.dueSoonMinutes, lateAfterMinutes: restaurant.lateAfterMinutes };

  useEffect(() => {
    if (board.closedCode === 4401) onSignedOut();
  }, [board.closedCode, onSignedOut]);
  useEffect(() => rememberStation({ restaurantId: restaurant.id, stationId: EXPO }), [restaurant.id]);

  function advance(order: Order) {
    const to = nextMove(order);
    if (to && !disabled) void actions.run(order, () => portalApi.move(order, { to }));
  }

  const bar = useBumpBar(orders.map((order) => order.id), {
    bump: (id) => {
      const order = orders.find((candidate) => candidate.id === id);
      if (order) advance(order);
    },
  });

  return (
    <div className="board-page kitchen-page">
      <KitchenBar title={t.title} count={strings.portal.kitchen.tickets(orders.length)} board={board} restaurantId={restaurant.id} manager={manager} />
      {stations.isError && <QueryProblem error={stations.error} onRetry={() => void stations.refetch()} />}
      {board.state.seq === undefined ? (
        <p className="board__loading" role="status">{strings.portal.board.loading}</p>
      ) : orders.length === 0 ? (
        <p className="kitchen-empty">{t.empty}</p>
      ) : (
        <div className="kitchen-tickets">
          {orders.map((order, index) => (
            <ExpoCard key={order.id} order={order} badge={index < 9 ? index + 1 : undefined} stations={stations.data?.stations ?? []}
              now={now} late={urgency(order, now, thresholds)} selected={bar.selected === order.id}
              disabled={disabled || actions.busy === order.id} error={actions.errors[order.id]}
              actionRef={bar.register(order.id)} onFocus={() => bar.select(order.id)} onAdvance={() => advance(order)} />
          ))}
        </div>
      )}
      <p className="kitchen-keys">{t.keys}</p>
      {actions.conflict && (
        <ConflictDialog order={actions.conflict.current} statusLabel={strings.tracking.steps[actions.conflict.current.status]}
          onClose={actions.clearConflict} />
      )}
    </div>
  );
}

function ExpoCard({ order, badge, stations, now, late, selected, disabled, error, actionRef, onFocus, onAdvance }: {
  order: Order;
  badge: number | undefined;
  stations: Station[];
  now: number;
  late: string;
  selected: boolean;
  disabled: boolean;
  error: string | undefined;
  actionRef: (element: HTMLElement | null) => void;
  onFocus: () => void;
  onAdvance: () => void;
}) {
  const status = strings.tracking.steps[order.status];
  const to = nextMove(order);
  const steps = progress(order, stations);
  const left = remainingMs(order, now);
  const ready = order.status === 'READY';
  return (
    <article className={`ticket expo-ticket ticket--${ready ? 'quiet' : late} ${selected ? 'ticket--selected' : ''}`}
      aria-label={t.order(order.number, status)}>
      <div className="ticket__head">
        {badge && <span className="station-ticket__badge" aria-hidden="true">{badge}</span>}
        <span className="ticket__number">{c.number(order.number)}</span>
        <span className={`ticket__kind ticket__kind--${order.fulfillment.type.toLowerCase()}`}>{fulfillmentText(order)}</span>
        <span className="ticket__status">{status}</span>
      </div>
      {!ready && (
        <div className="ticket__clocks">
          <span>{strings.portal.kitchen.since(clock(now - Date.parse(order.acceptedAt ?? order.placedAt)))}</span>
          <span className={`ticket__due ticket__due--${late}`}>{left >= 0 ? c.dueIn(clock(left)) : c.overdue(clock(left))}</span>
        </div>
      )}
      <ul className="expo-progress">
        {steps.length === 0 && <li className="expo-progress__station">{t.noStations}</li>}
        {steps.map((step) => (
          <li key={step.stationId} className={`expo-progress__station ${step.done === step.total ? 'expo-progress__station--done' : ''}`}>
            {t.station(step.name, step.done, step.total)}
          </li>
        ))}
      </ul>
      <ul className="station-ticket__lines">
        {order.lines.map((line) => (
          <li key={line.id} className={`station-line ${line.doneAt ? 'station-line--done' : 'station-line--todo'}`}>
            <LineText line={line} />
            <span className="sr-only">{line.quantity} × {line.name}{line.doneAt ? `, ${t.allDone}` : ''}</span>
          </li>
        ))}
      </ul>
      {order.notes && <p className="ticket__note ticket__note--order">{c.orderNote}: {order.notes}</p>}
      {error && <p className="ticket__error" role="alert">{strings.portal.failed} {error}</p>}
      {to && (
        <div className="ticket__actions">
          <button type="button" ref={actionRef} className="button button--go" disabled={disabled} onClick={onAdvance} onFocus={onFocus}>
            {strings.portal.actions.next[to]}
          </button>
        </div>
      )}
    </article>
  );
}
