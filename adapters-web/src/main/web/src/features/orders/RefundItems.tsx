import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Field } from '../../components/Field';
import { QueryProblem } from '../../components/QueryProblem';
import { portalApi } from '../../lib/api/portal';
import type { LineQuantity } from '../../lib/api/portalTypes';
import type { Order, OrderLine } from '../../lib/api/types';
import { formatMoney } from '../../lib/format';
import { strings } from '../../lib/strings';
import { useDebounced } from '../../lib/useDebounced';

const t = strings.portal.refundItems;

const left = (line: OrderLine) => line.quantity - (line.refundedQuantity ?? 0);

/** The items chosen, in the order's line order, without the lines left at 0. */
export function chosenLines(order: Order, counts: Record<string, number>): LineQuantity[] {
  return order.lines
    .filter((line) => (counts[line.id] ?? 0) > 0)
    .map((line) => ({ lineId: line.id, quantity: counts[line.id] ?? 0 }));
}

/**
 * A manager refunds items of an order: a quantity per line (0 to what is left), the amount the
 * server works out for them shown before confirming (never computed here, so it is always the
 * amount refunded), then the refund.
 */
export function RefundItems({ order, onDone }: { order: Order; onDone: (message: string) => void }) {
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [reason, setReason] = useState('');
  const headingId = useId();
  const queryClient = useQueryClient();
  const lines = chosenLines(order, counts);
  const asked = useDebounced(lines, 250);
  const preview = useQuery({
    queryKey: ['refund-preview', order.id, order.version, asked],
    queryFn: ({ signal }) => portalApi.previewLineRefund(order.id, asked, signal),
    enabled: asked.length > 0,
    retry: false,
  });
  const refund = useMutation({
    mutationFn: () => portalApi.refundLines(order.id, lines, reason.trim()),
    onSuccess: (made) => {
      setCounts({});
      setReason('');
      void queryClient.invalidateQueries({ queryKey: ['order', order.id] });
      void queryClient.invalidateQueries({ queryKey: ['orders'] });
      onDone(t.done(formatMoney(made.amount, made.currency)));
    },
  });
  const current = lines.length > 0 && preview.data !== undefined && !preview.isFetching
    && JSON.stringify(asked) === JSON.stringify(lines);
  const amount = current ? formatMoney(preview.data!.amount, preview.data!.currency) : undefined;
  const set = (line: OrderLine, quantity: number) =>
    setCounts((was) => ({ ...was, [line.id]: Math.max(0, Math.min(left(line), quantity)) }));
  return (
    <section className="refund-items" aria-labelledby={headingId}>
      <h3 className="section-title" id={headingId}>{t.title(order.number)}</h3>
      <ul className="refund-items__lines">
        {order.lines.map((line) => {
          const count = counts[line.id] ?? 0;
          return (
            <li key={line.id} className="refund-items__line">
              <span>
                {line.name}
                <span className="muted refund-items__left"> {t.left(left(line))}</span>
              </span>
              <div className="stepper stepper--small" role="group" aria-label={t.quantityOf(line.name)}>
                <button type="button" className="stepper__button" aria-label={t.decrease}
                  disabled={count === 0} onClick={() => set(line, count - 1)}>−</button>
                <output className="stepper__value" aria-live="polite">{count}</output>
                <button type="button" className="stepper__button" aria-label={t.increase}
                  disabled={count >= left(line)} onClick={() => set(line, count + 1)}>+</button>
              </div>
            </li>
          );
        })}
      </ul>
      <Field label={t.reason} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      <p role="status" aria-live="polite" className="refund-items__amount">
        {lines.length === 0 ? t.pick : amount ? t.amount(amount) : preview.isError ? '' : t.working}
      </p>
      {preview.isError && lines.length > 0 && <QueryProblem error={preview.error} />}
      {refund.isError && <QueryProblem error={refund.error} />}
      <button type="button" className="button button--danger button--block"
        disabled={!amount || reason.trim().length === 0 || refund.isPending}
        onClick={() => refund.mutate()}>
        {refund.isPending ? strings.portal.actions.working : t.submit(amount ?? '…')}
      </button>
    </section>
  );
}
