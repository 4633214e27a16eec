import type { Quote, TaxLine } from '../lib/api/types';
import { formatMoney } from '../lib/format';
import { strings } from '../lib/strings';

type Priced = Pick<Quote, 'subtotal' | 'serviceFee' | 'tax' | 'deliveryFee' | 'tip' | 'total' | 'currency'> &
  Pick<Quote, 'discount' | 'taxes' | 'taxIncluded'>;

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 });

function rate(tax: TaxLine): string {
  return percent.format(tax.basisPoints / 10000);
}

/**
 * The server's totals of a quote or order, as they are: nothing here adds anything up. Tax added
 * on top is a row of the sum (one per rate when there are several); tax the prices included is
 * shown under the total, since it is not added to it.
 */
export function PriceBreakdown({ quote }: { quote: Priced }) {
  const money = (amount: number) => formatMoney(amount, quote.currency);
  const taxes = quote.taxes ?? [];
  const discount = quote.discount ?? 0;
  const addedTax: [string, number, boolean][] = quote.taxIncluded
    ? []
    : taxes.length > 1
      ? taxes.map((tax) => [strings.cart.taxAt(rate(tax)), tax.amount, true])
      : [[strings.cart.tax, quote.tax, true]];
  const rows: [string, number, boolean][] = [
    [strings.cart.subtotal, quote.subtotal, true],
    [strings.cart.discount, -discount, discount > 0],
    [strings.cart.serviceFee, quote.serviceFee, quote.serviceFee > 0],
    [strings.cart.deliveryFee, quote.deliveryFee, quote.deliveryFee > 0],
    ...addedTax,
    [strings.cart.tip, quote.tip, quote.tip > 0],
  ];
  const included = quote.taxIncluded ? taxes : [];
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
      {included.map((tax) => (
        <div className="totals__row totals__row--included" key={tax.code}>
          <dt>{strings.cart.includedTax(rate(tax))}</dt>
          <dd>{money(tax.amount)}</dd>
        </div>
      ))}
    </dl>
  );
}
