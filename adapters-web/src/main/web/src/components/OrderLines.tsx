import type { Order } from '../lib/api/types';
import { formatMoney } from '../lib/format';

/** An order's lines as the server priced and stored them. */
export function OrderLines({ order }: { order: Order }) {
  return (
    <ul className="summary-lines">
      {order.lines.map((line) => (
        <li key={line.id} className="summary-line">
          <span className="summary-line__qty">{line.quantity}×</span>
          <span className="summary-line__main">
            <span>{line.name}</span>
            {line.options.length > 0 && <span className="muted small">{line.options.map((o) => o.name).join(', ')}</span>}
            {line.note && <span className="muted small">“{line.note}”</span>}
          </span>
          <span>{formatMoney(line.lineTotal, order.currency)}</span>
        </li>
      ))}
    </ul>
  );
}
