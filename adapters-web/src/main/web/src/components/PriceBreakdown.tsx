import type { Quote } from '../lib/api/types';
import { formatMoney } from '../lib/format';
import { strings } from '../lib/strings';

/** The server's totals of a quote or order, as they are: nothing here adds anything up. */
export function PriceBreakdown({ quote }: { quote: Pick<Quote, 'subtotal' | 'serviceFee' | 'tax' | 'deliveryFee' | 'tip' | 'total' | 'currency'> }) {
  const money = (amount: number) => formatMoney(amount, quote.currency);
  const rows: [string, number, boolean][] = [
    [strings.cart.subtotal, quote.subtotal, true],
    [strings.cart.serviceFee, quote.serviceFee, quote.serviceFee > 0],
    [strings.cart.deliveryFee, quote.deliveryFee, quote.deliveryFee > 0],
    [strings.cart.tax, quote.tax, true],
    [strings.cart.tip, quote.tip, quote.tip > 0],
  ];
  return (
    <dl className="totals">
      {rows
        .filter(([, , shown]) => shown)
        .map(([label, amount]) => (
          <div className="totals__row" key={label}>
            <dt>{label}</dt>
            <dd>{money(amount)}</dd>
          </div>
        ))}
      <div className="totals__row totals__row--total">
        <dt>{strings.cart.total}</dt>
        <dd>{money(quote.total)}</dd>
      </div>
    </dl>
  );
}
