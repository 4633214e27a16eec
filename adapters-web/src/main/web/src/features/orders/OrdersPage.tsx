import { useState } from 'react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../components/Alert';
import { QueryProblem } from '../../components/QueryProblem';
import { portalApi } from '../../lib/api/portal';
import type { BulkResult, OrderFilters, Restaurant } from '../../lib/api/portalTypes';
import type { Order, OrderStatus } from '../../lib/api/types';
import { formatDayTime, formatMoney, startOfLocalDay } from '../../lib/format';
import { strings } from '../../lib/strings';
import { useDebounced } from '../../lib/useDebounced';
import { OrderDrawer } from './OrderDrawer';

const t = strings.portal.orders;
const STATUSES: OrderStatus[] = ['PLACED', 'ACCEPTED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY', 'COMPLETED', 'REJECTED', 'CANCELLED'];
const MOVES: OrderStatus[] = ['ACCEPTED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY', 'COMPLETED'];

/** A date-time input's value ("2026-11-27T18:00") on the restaurant's clock, as an instant. */
function instant(local: string, timeZone: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return new Date(Date.parse(startOfLocalDay(match[1]!, timeZone)) + minutes * 60_000).toISOString();
}

/** Every order, filtered and searched, a page at a time; several moved at once with each one's result. */
export function OrdersPage({ restaurant, manager = false }: { restaurant: Restaurant; manager?: boolean }) {
  const [status, setStatus] = useState('');
  const [fulfillment, setFulfillment] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [q, setQ] = useState('');
  const [sort, setSort] = useState<'placedAt' | '-placedAt'>('-placedAt');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [moveTo, setMoveTo] = useState<OrderStatus>('ACCEPTED');
  const [results, setResults] = useState<BulkResult[]>();
  const [openId, setOpenId] = useState<string>();
  const search = useDebounced(q, 300);
  const queryClient = useQueryClient();

  const filters: OrderFilters = {
    status: status ? [status as OrderStatus] : undefined,
    fulfillment: fulfillment ? [fulfillment] : undefined,
    from: instant(from, restaurant.timezone),
    to: instant(to, restaurant.timezone),
    q: search,
    sort,
  };
  const orders = useInfiniteQuery({
    queryKey: ['orders', restaurant.id, filters],
    queryFn: ({ pageParam, signal }) => portalApi.orders(restaurant.id, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const shown: Order[] = orders.data?.pages.flatMap((page) => page.items) ?? [];
  const numbers = new Map(shown.map((o) => [o.id, o.number]));

  const bulk = useMutation({
    mutationFn: () => portalApi.bulkMove(restaurant.id, [...selected], { to: moveTo }),
    onSuccess: (answer) => {
      setResults(answer.results);
      setSelected(new Set());
      void queryClient.invalidateQueries({ queryKey: ['orders', restaurant.id] });
    },
  });

  function toggle(id: string) {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  }

  return (
    <main className="page page--wide">
      <h1 className="page__title">{t.title}</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field filters__search">
          <label className="field__label" htmlFor="orders-q">{t.search}</label>
          <input id="orders-q" className="field__input" type="search" placeholder={t.searchPlaceholder} value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <Select id="orders-status" label={t.status} value={status} onChange={setStatus}
          options={[['', t.any], ...STATUSES.map((s) => [s, strings.tracking.steps[s]] as [string, string])]} />
        <Select id="orders-fulfillment" label={t.fulfillment} value={fulfillment} onChange={setFulfillment}
          options={[['', t.any], ['PICKUP', strings.portal.card.pickup], ['DELIVERY', strings.portal.card.delivery], ['DINE_IN', strings.portal.card.dineIn]]} />
        <div className="field">
          <label className="field__label" htmlFor="orders-from">{t.from}</label>
          <input id="orders-from" className="field__input" type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="orders-to">{t.to}</label>
          <input id="orders-to" className="field__input" type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <Select id="orders-sort" label={t.sort} value={sort} onChange={(v) => setSort(v as 'placedAt' | '-placedAt')}
          options={[['-placedAt', t.newestFirst], ['placedAt', t.oldestFirst]]} />
      </form>

      <div className="bulk-bar" aria-live="polite">
        <span>{t.selected(selected.size)}</span>
        <Select id="bulk-to" label={t.moveTo} value={moveTo} onChange={(v) => setMoveTo(v as OrderStatus)}
          options={MOVES.map((s) => [s, strings.tracking.steps[s]] as [string, string])} />
        <button type="button" className="button button--primary button--small" disabled={selected.size === 0 || bulk.isPending} onClick={() => bulk.mutate()}>
          {t.apply}
        </button>
      </div>
      {bulk.isError && <QueryProblem error={bulk.error} />}
      {results && (
        <section className="bulk-results" aria-label={t.bulkResults}>
          <h2 className="section-title">{t.bulkResults}</h2>
          <ul>
            {results.map((result) => (
              <li key={result.orderId} className={result.ok ? 'bulk-results__ok' : 'bulk-results__failed'}>
                {result.ok
                  ? t.bulkOk(numbers.get(result.orderId) ?? 0, strings.tracking.steps[result.status!])
                  : t.bulkFailed(numbers.get(result.orderId) ?? 0, result.error?.detail ?? result.error?.title ?? '')}
              </li>
            ))}
          </ul>
        </section>
      )}

      {orders.isError && <QueryProblem error={orders.error} onRetry={() => void orders.refetch()} />}
      <div className="table-wrap">
        <table className="orders-table">
          <thead>
            <tr>
              <th scope="col">
                <input type="checkbox" aria-label={t.selectAll} checked={shown.length > 0 && shown.every((o) => selected.has(o.id))}
                  onChange={(e) => setSelected(e.target.checked ? new Set(shown.map((o) => o.id)) : new Set())} />
              </th>
              <th scope="col">{t.columns.number}</th>
              <th scope="col">{t.columns.placed}</th>
              <th scope="col">{t.columns.guest}</th>
              <th scope="col">{t.columns.fulfillment}</th>
              <th scope="col">{t.columns.status}</th>
              <th scope="col" className="num">{t.columns.total}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((order) => (
              <tr key={order.id} className={selected.has(order.id) ? 'row--selected' : ''}>
                <td><input type="checkbox" aria-label={t.select(order.number)} checked={selected.has(order.id)} onChange={() => toggle(order.id)} /></td>
                <td>
                  <button type="button" className="link-button" aria-label={t.open(order.number)} onClick={() => setOpenId(order.id)}>#{order.number}</button>
                </td>
                <td>{formatDayTime(order.placedAt, restaurant.timezone)}</td>
                <td>{order.customer.name}</td>
                <td>{order.fulfillment.type === 'DELIVERY' ? strings.portal.card.delivery : order.fulfillment.type === 'PICKUP' ? strings.portal.card.pickup : strings.portal.card.dineIn}</td>
                <td><span className={`status status--${order.status.toLowerCase()}`}>{strings.tracking.steps[order.status]}</span></td>
                <td className="num">{formatMoney(order.total, order.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {orders.isSuccess && shown.length === 0 && <Alert tone="info">{t.none}</Alert>}
      {orders.hasNextPage && (
        <button type="button" className="button button--secondary" disabled={orders.isFetchingNextPage} onClick={() => void orders.fetchNextPage()}>
          {t.loadMore}
        </button>
      )}
      {openId && <OrderDrawer orderId={openId} restaurant={restaurant} manager={manager} onClose={() => setOpenId(undefined)} />}
    </main>
  );
}

function Select({ id, label, value, onChange, options }: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Array<[string, string]>;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{label}</label>
      <select id={id} className="field__input" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}
