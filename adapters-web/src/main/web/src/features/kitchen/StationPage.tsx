import { useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { QueryProblem } from '../../components/QueryProblem';
import { portalApi } from '../../lib/api/portal';
import type { Restaurant, Station } from '../../lib/api/portalTypes';
import type { Order, OrderLine } from '../../lib/api/types';
import { followLink } from '../../lib/router';
import { strings } from '../../lib/strings';
import { useNow } from '../../lib/useNow';
import { fulfillmentText } from '../board/OrderCard';
import { clock, remainingMs, urgency } from '../board/timers';
import { useBoard } from '../board/useBoard';
import { useOrderActions } from '../board/useOrderActions';
import { KitchenBar } from './KitchenBar';
import { recentBumps, rememberStation, stationTickets, type StationTicket } from './stationWork';
import { useBumpBar } from './useBumpBar';

const t = strings.portal.kitchen;
const c = strings.portal.card;

export interface KitchenScreenProps {
  restaurant: Restaurant;
  manager: boolean;
  /** The socket was closed as not signed in: the app sends the person to sign in. */
  onSignedOut: () => void;
}

/** The stations of the restaurant, for every kitchen screen (any staff may read them). */
export function useStations(restaurantId: string) {
  return useQuery({ queryKey: ['stations', restaurantId], queryFn: ({ signal }) => portalApi.stations(restaurantId, signal) });
}

/** One station's screen: its lines of the orders in the kitchen, bumped by a tap or the bump bar. */
export function StationPage({ restaurant, manager, onSignedOut, stationId }: KitchenScreenProps & { stationId: string }) {
  const stations = useStations(restaurant.id);
  if (stations.isPending) return <p className="page" role="status">{t.loading}</p>;
  if (stations.isError) return <main className="page"><QueryProblem error={stations.error} onRetry={() => void stations.refetch()} /></main>;
  const station = stations.data.stations.find((s) => s.id === stationId);
  if (!station) {
    return (
      <main className="page">
        <p>{t.unknownStation}</p>
        <a href={`/portal/r/${restaurant.id}/kitchen`} onClick={followLink}>{t.change}</a>
      </main>
    );
  }
  return <StationScreen restaurant={restaurant} manager={manager} onSignedOut={onSignedOut} station={station} />;
}

function StationScreen({ restaurant, manager, onSignedOut, station }: KitchenScreenProps & { station: Station }) {
  const stationId = station.id!;
  const board = useBoard(restaurant.id);
  const now = useNow(1000);
  const actions = useOrderActions(board.put);
  const tickets = useMemo(() => stationTickets(board.state, stationId, now, restaurant.defaultPrepMinutes),
    [board.state, stationId, now, restaurant.defaultPrepMinutes]);
  const bumps = useMemo(() => recentBumps(board.state, stationId, now), [board.state, stationId, now]);
  const disabled = board.status !== 'live';
  const thresholds = { dueSoonMinutes: restaurant.dueSoonMinutes, lateAfterMinutes: restaurant.lateAfterMinutes };

  useEffect(() => {
    if (board.closedCode === 4401) onSignedOut();
  }, [board.closedCode, onSignedOut]);
  // Opened by its address too: the device shows this station from now on.
  useEffect(() => rememberStation({ restaurantId: restaurant.id, stationId }), [restaurant.id, stationId]);

  const bumpTicket = (order: Order) => void actions.run(order, () => portalApi.bumpStation(order.id, stationId));
  const bumpLine = (order: Order, line: OrderLine) => void actions.run(order, () => portalApi.bumpLine(order.id, line.id));
  const recall = (order: Order, line: OrderLine) => void actions.run(order, () => portalApi.recallLine(order.id, line.id));

  const bar = useBumpBar(tickets.map((ticket) => ticket.order.id), {
    bump: (id) => {
      const ticket = tickets.find((candidate) => candidate.order.id === id);
      if (ticket && !disabled) bumpTicket(ticket.order);
    },
    recall: () => {
      const last = bumps[0];
      if (last && !disabled) recall(last.order, last.line);
    },
  });

  return (
    <div className="board-page kitchen-page">
      <KitchenBar title={station.name} count={t.tickets(tickets.length)} board={board} restaurantId={restaurant.id} manager={manager} />
      <section className="recall-strip" aria-labelledby="recall-title">
        <h2 id="recall-title" className="recall-strip__title">{t.recall}</h2>
        {bumps.length === 0 ? (
          <p className="recall-strip__none">{t.recallNone}</p>
        ) : (
          <ul className="recall-strip__list">
            {bumps.map((bump) => (
              <li key={bump.line.id}>
                <button type="button" className="recall-chip" disabled={disabled || actions.busy === bump.order.id}
                  onClick={() => recall(bump.order, bump.line)}>
                  {t.recallLine(bump.order.number, bump.line.quantity, bump.line.name)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {board.state.seq === undefined ? (
        <p className="board__loading" role="status">{strings.portal.board.loading}</p>
      ) : tickets.length === 0 ? (
        <p className="kitchen-empty">{t.empty}</p>
      ) : (
        <div className="kitchen-tickets">
          {tickets.map((ticket, index) => (
            <StationTicketCard key={ticket.order.id} ticket={ticket} badge={index < 9 ? index + 1 : undefined} station={station}
              now={now} late={urgency(ticket.order, now, thresholds)} selected={bar.selected === ticket.order.id}
              disabled={disabled || actions.busy === ticket.order.id} error={actions.errors[ticket.order.id]}
              headRef={bar.register(ticket.order.id)} onFocus={() => bar.select(ticket.order.id)}
              onBumpTicket={() => bumpTicket(ticket.order)} onBumpLine={(line) => bumpLine(ticket.order, line)} />
          ))}
        </div>
      )}
      <p className="kitchen-keys">{t.keys}</p>
    </div>
  );
}

function StationTicketCard({ ticket, badge, station, now, late, selected, disabled, error, headRef, onFocus, onBumpTicket, onBumpLine }: {
  ticket: StationTicket;
  badge: number | undefined;
  station: Station;
  now: number;
  late: string;
  selected: boolean;
  disabled: boolean;
  error: string | undefined;
  headRef: (element: HTMLElement | null) => void;
  onFocus: () => void;
  onBumpTicket: () => void;
  onBumpLine: (line: OrderLine) => void;
}) {
  const { order } = ticket;
  const since = now - Date.parse(order.acceptedAt ?? order.placedAt);
  const left = remainingMs(order, now);
  return (
    <article className={`ticket station-ticket ticket--${late} ${selected ? 'ticket--selected' : ''}`} aria-label={t.ticket(order.number, badge)}>
      <button type="button" ref={headRef} className="station-ticket__head" disabled={disabled} onClick={onBumpTicket} onFocus={onFocus}>
        <span className="sr-only">{t.bumpTicket(order.number, station.name)}</span>
        <span aria-hidden="true" className="station-ticket__top">
          {badge && <span className="station-ticket__badge">{badge}</span>}
          <span className="ticket__number">{c.number(order.number)}</span>
          <span className={`ticket__kind ticket__kind--${order.fulfillment.type.toLowerCase()}`}>{fulfillmentText(order)}</span>
        </span>
        <span aria-hidden="true" className="ticket__clocks">
          <span>{t.since(clock(since))}</span>
          <span className={`ticket__due ticket__due--${late}`}>{left >= 0 ? c.dueIn(clock(left)) : c.overdue(clock(left))}</span>
        </span>
      </button>
      <ul className="station-ticket__lines">
        {ticket.todo.map((line) => (
          <li key={line.id}>
            <button type="button" className="station-line" disabled={disabled} onClick={() => onBumpLine(line)}>
              <span className="sr-only">{t.bumpLine(line.quantity, line.name)}</span>
              <LineText line={line} />
            </button>
          </li>
        ))}
        {ticket.done.map((line) => (
          <li key={line.id} className="station-line station-line--done">
            <span className="sr-only">{t.doneLine(line.quantity, line.name)}</span>
            <LineText line={line} />
          </li>
        ))}
      </ul>
      {order.notes && <p className="ticket__note ticket__note--order">{c.orderNote}: {order.notes}</p>}
      {error && <p className="ticket__error" role="alert">{strings.portal.failed} {error}</p>}
    </article>
  );
}

/** A line as the cook reads it (the accessible name is given beside it). */
export function LineText({ line }: { line: OrderLine }) {
  return (
    <span aria-hidden="true" className="station-line__text">
      <span className="ticket__qty">{line.quantity}×</span>
      <span>
        <span className="ticket__item">{line.name}</span>
        {line.options.length > 0 && <span className="ticket__options">{line.options.map((option) => option.name).join(', ')}</span>}
        {line.note && <span className="ticket__note">{c.note}: {line.note}</span>}
      </span>
    </span>
  );
}
