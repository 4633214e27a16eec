import { useEffect, useMemo, useRef, useState } from 'react';
import { portalApi } from '../../lib/api/portal';
import type { Restaurant } from '../../lib/api/portalTypes';
import type { Order } from '../../lib/api/types';
import { nextMove } from '../../lib/orderMoves';
import { strings } from '../../lib/strings';
import { useNow } from '../../lib/useNow';
import { allDay } from './allDay';
import { LANES, lanes, type Lane } from './boardReducer';
import { AcceptDialog, CancelDialog, ConflictDialog, proposedMinutes, RefundDialog, RejectDialog } from './dialogs';
import { OrderCard, type CardActions } from './OrderCard';
import { PrinterBanner } from './PrinterBanner';
import { ConnectionBanners, ConnectionPill } from './ConnectionPill';
import { Ringer } from './ring';
import { useBoard } from './useBoard';
import { useOrderActions } from './useOrderActions';

const t = strings.portal;

type Open =
  | { kind: 'accept' | 'reject' | 'cancel' | 'refund'; order: Order }
  | undefined;

interface BoardPageProps {
  restaurant: Restaurant;
  manager: boolean;
  /** The socket was closed as not signed in: the app sends the person to sign in. */
  onSignedOut: () => void;
}

/** The pass: every open order by lane, live from the socket, with the kitchen's moves on each card. */
export function BoardPage({ restaurant, manager, onSignedOut }: BoardPageProps) {
  const board = useBoard(restaurant.id);
  const now = useNow(1000);
  const actions = useOrderActions(board.put);
  const [open, setOpen] = useState<Open>();
  const [silenced, setSilenced] = useState<ReadonlySet<string>>(new Set());
  const [activeLane, setActiveLane] = useState<Lane>('new');
  const [selectedId, setSelectedId] = useState<string>();
  // Beside the lanes where the screen has room; a tap away on a tablet.
  const [showAllDay, setShowAllDay] = useState(() => window.innerWidth >= 1200);
  const ringer = useRef<Ringer>(undefined);
  ringer.current ??= new Ringer();
  const [soundOn, setSoundOn] = useState(false);
  const cards = useRef(new Map<string, HTMLElement>());
  const typed = useRef({ digits: '', at: 0 });

  const byLane = useMemo(() => lanes(board.state, now, restaurant.defaultPrepMinutes), [board.state, now, restaurant.defaultPrepMinutes]);
  const thresholds = { dueSoonMinutes: restaurant.dueSoonMinutes, lateAfterMinutes: restaurant.lateAfterMinutes };
  const ringing = byLane.new.filter((order) => !silenced.has(order.id));
  const actionable = LANES.filter((lane) => lane !== 'done' && lane !== 'scheduled').flatMap((lane) => byLane[lane]);
  const counts = useMemo(() => allDay([...byLane.new, ...byLane.accepted, ...byLane.preparing]), [byLane]);
  const disabled = board.status !== 'live';
  const loading = board.state.seq === undefined;

  useEffect(() => {
    if (board.closedCode === 4401) onSignedOut();
  }, [board.closedCode, onSignedOut]);

  useEffect(() => {
    if (ringing.length > 0) ringer.current!.start();
    else ringer.current!.stop();
  }, [ringing.length]);
  useEffect(() => () => ringer.current!.stop(), []);

  async function enableSound() {
    setSoundOn(await ringer.current!.enable());
  }

  const close = () => setOpen(undefined);

  /** Closes the open dialog and runs its action on its order. */
  function act(action: (order: Order) => Promise<unknown>) {
    if (!open) return;
    const order = open.order;
    setOpen(undefined);
    void actions.run(order, () => action(order));
  }

  function silence() {
    setSilenced(new Set([...silenced, ...ringing.map((order) => order.id)]));
  }

  const cardActions: CardActions = {
    accept: (order) => setOpen({ kind: 'accept', order }),
    reject: (order) => setOpen({ kind: 'reject', order }),
    cancel: (order) => setOpen({ kind: 'cancel', order }),
    refund: (order) => setOpen({ kind: 'refund', order }),
    advance: (order) => {
      const to = nextMove(order);
      if (to) void actions.run(order, () => portalApi.move(order, { to }));
    },
    delay: (order, minutes) => void actions.run(order, () => portalApi.delay(order.id, minutes)),
  };

  // Bump-bar keys: digits pick an order by number, Enter advances it, arrows walk the cards.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (document.body.classList.contains('has-dialog') || target.closest('input, textarea, select')) return;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const ids = actionable.map((order) => order.id);
      if (/^\d$/.test(event.key)) {
        const fresh = Date.now() - typed.current.at > 1500;
        typed.current = { digits: (fresh ? '' : typed.current.digits) + event.key, at: Date.now() };
        const digits = typed.current.digits;
        const hit = actionable.find((order) => String(order.number) === digits) ??
          actionable.find((order) => String(order.number).endsWith(digits));
        if (hit) select(hit.id);
      } else if (event.key === 'ArrowRight' || event.key === 'ArrowDown' || event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
        if (ids.length === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
        const at = selectedId ? ids.indexOf(selectedId) : -1;
        select(ids[(at + step + ids.length) % ids.length]!);
      } else if (event.key === 'Enter' && selectedId && (target === document.body || target.classList.contains('ticket'))) {
        const order = board.state.orders[selectedId];
        if (!order || disabled) return;
        event.preventDefault();
        if (order.status === 'PLACED') cardActions.accept(order);
        else cardActions.advance(order);
      } else if (event.key === 'Escape') {
        setSelectedId(undefined);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  function select(id: string) {
    setSelectedId(id);
    const order = board.state.orders[id];
    if (order) {
      const lane = LANES.find((l) => byLane[l].some((o) => o.id === id));
      if (lane) setActiveLane(lane);
    }
    requestAnimationFrame(() => cards.current.get(id)?.focus());
  }

  return (
    <div className="board-page">
      <div className="board-bar">
        <h1 className="board-bar__title">{t.board.title}</h1>
        <ConnectionPill board={board} />
        {ringing.length > 0 && (
          <div className="ring-banner" role="alert">
            <svg className="ring-banner__bell" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
            </svg>
            {t.board.ringing(ringing.length)}
            <button type="button" className="button button--small button--light" onClick={silence}>{t.board.silence}</button>
          </div>
        )}
        <span className="board-bar__spacer" />
        {soundOn ? (
          <span className="sound-on">{t.board.soundOn}</span>
        ) : (
          <button type="button" className="button button--small button--attention" onClick={enableSound}>{t.board.enableSound}</button>
        )}
        <button type="button" className="button button--small button--secondary" aria-pressed={showAllDay} onClick={() => setShowAllDay(!showAllDay)}>
          {t.board.allDay}
        </button>
      </div>
      <ConnectionBanners board={board} />
      <PrinterBanner printers={board.state.printers} printersHref={manager ? `/portal/r/${restaurant.id}/printers` : undefined} />

      <div className="lane-tabs" role="tablist" aria-label={t.board.title}>
        {LANES.map((lane) => (
          <button key={lane} type="button" role="tab" aria-selected={activeLane === lane}
            className={`lane-tab ${activeLane === lane ? 'lane-tab--on' : ''}`} onClick={() => setActiveLane(lane)}>
            {t.lanes[lane]} <span className="lane-tab__count">{byLane[lane].length}</span>
          </button>
        ))}
      </div>

      <div className={`board ${showAllDay ? 'board--with-all-day' : ''}`}>
        {loading ? (
          <p className="board__loading" role="status">{t.board.loading}</p>
        ) : (
          <div className="lanes">
            {LANES.map((lane) => {
              const orders = byLane[lane];
              return (
                <section key={lane} aria-label={t.laneTab(t.lanes[lane]!, orders.length)}
                  className={`lane lane--${lane} ${orders.length === 0 ? 'lane--empty' : ''} ${activeLane === lane ? 'lane--active' : ''}`}>
                  <h2 className="lane__title">
                    <span>{t.lanes[lane]}</span>
                    <span className="lane__count">{orders.length}</span>
                  </h2>
                  <div className="lane__cards">
                    {orders.length === 0 && <p className="lane__empty">{t.emptyLane}</p>}
                    {orders.map((order) => (
                      <OrderCard
                        key={order.id}
                        ref={(element) => {
                          if (element) cards.current.set(order.id, element);
                          else cards.current.delete(order.id);
                        }}
                        order={order}
                        now={now}
                        timezone={restaurant.timezone}
                        thresholds={thresholds}
                        ringing={ringing.some((o) => o.id === order.id)}
                        selected={selectedId === order.id}
                        disabled={disabled}
                        busy={actions.busy === order.id}
                        manager={manager}
                        error={actions.errors[order.id]}
                        actions={cardActions}
                        onSelect={() => setSelectedId(order.id)}
                      />
                    ))}
                  </div>
                </section>
              );
            })}
          </div>
        )}
        {showAllDay && (
          <aside className="all-day" aria-label={t.board.allDay}>
            <h2 className="all-day__title">{t.board.allDay}</h2>
            <p className="all-day__hint">{t.board.allDayHint}</p>
            {counts.length === 0 ? (
              <p className="muted">{t.board.allDayEmpty}</p>
            ) : (
              <ul className="all-day__list">
                {counts.map((count) => (
                  <li key={count.key}>
                    <span className="all-day__qty">{count.quantity}</span>
                    <span>
                      {count.name}
                      {count.options.length > 0 && <span className="all-day__options">{count.options.join(', ')}</span>}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <p className="all-day__keys">{t.board.keyboardHint}</p>
          </aside>
        )}
      </div>

      {open?.kind === 'accept' && (
        <AcceptDialog order={open.order} proposal={proposedMinutes(open.order, now, restaurant.defaultPrepMinutes)} onClose={close}
          onAccept={(prepMinutes) => act((order) => portalApi.move(order, prepMinutes ? { to: 'ACCEPTED', prepMinutes } : { to: 'ACCEPTED' }))} />
      )}
      {open?.kind === 'reject' && (
        <RejectDialog order={open.order} onClose={close} onReject={(reason) => act((order) => portalApi.move(order, { to: 'REJECTED', reason }))} />
      )}
      {open?.kind === 'cancel' && (
        <CancelDialog order={open.order} onClose={close} onCancel={(reason) => act((order) => portalApi.move(order, { to: 'CANCELLED', reason }))} />
      )}
      {open?.kind === 'refund' && (
        <RefundDialog order={open.order} onClose={close}
          onRefund={(amount, reason) => act(async (order) => {
            await portalApi.refund(order.id, amount, reason);
            return portalApi.order(order.id);
          })} />
      )}
      {actions.conflict && (
        <ConflictDialog order={actions.conflict.current} statusLabel={strings.tracking.steps[actions.conflict.current.status]}
          onClose={actions.clearConflict} />
      )}
    </div>
  );
}
