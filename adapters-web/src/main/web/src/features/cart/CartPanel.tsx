import { useState } from 'react';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { PriceBreakdown } from '../../components/PriceBreakdown';
import { placeErrors } from '../../lib/api/problems';
import type { MenuRestaurant, Quote } from '../../lib/api/types';
import { toLineRequests, type CartLine } from '../../lib/cartLine';
import { formatMoney, formatTime } from '../../lib/format';
import { strings } from '../../lib/strings';
import { useQuote } from '../../lib/useQuote';
import type { Cart } from './cartStore';

interface CartPanelProps {
  restaurant: MenuRestaurant;
  cart: Cart;
  canOrder: boolean;
  onCheckout: () => void;
}

/**
 * The cart beside the menu on wide screens, and a bar at the bottom of phones that opens it.
 * Every change asks the server for a quote (as pickup, no tip: the checkout refines it).
 */
export function CartPanel({ restaurant, cart, canOrder, onCheckout }: CartPanelProps) {
  const [open, setOpen] = useState(false);
  const request = cart.lines.length > 0 ? { lines: toLineRequests(cart.lines), fulfillment: { type: 'PICKUP' as const } } : undefined;
  const priced = useQuote(restaurant.id, request);
  const errors = priced.problem ? placeErrors(priced.problem) : undefined;
  const body = (
    <CartContents restaurant={restaurant} cart={cart} quote={priced.quote} updating={priced.updating}
                  lineErrors={errors?.lines ?? {}} general={errors?.general ?? []} networkError={priced.networkError} />
  );
  const checkout = (
    <button type="button" className="button button--primary button--block" onClick={onCheckout}
            disabled={!canOrder || cart.lines.length === 0 || !priced.quote || priced.updating}>
      {strings.cart.checkout}
    </button>
  );

  return (
    <>
      <aside className="cart-panel" aria-label={strings.cart.title}>
        <h2 className="cart-panel__title">{strings.cart.title}</h2>
        {body}
        {cart.lines.length > 0 && checkout}
      </aside>
      {cart.lines.length > 0 && (
        <div className="cart-bar">
          <button type="button" className="button button--primary button--block" onClick={() => setOpen(true)}>
            {priced.quote
              ? strings.cart.viewCart(cart.count, formatMoney(priced.quote.total, priced.quote.currency))
              : strings.cart.itemCount(cart.count)}
          </button>
        </div>
      )}
      {open && (
        <Dialog title={strings.cart.title} onClose={() => setOpen(false)} variant="sheet" footer={checkout}>
          {body}
        </Dialog>
      )}
    </>
  );
}

interface CartContentsProps {
  restaurant: MenuRestaurant;
  cart: Cart;
  quote: Quote | undefined;
  updating: boolean;
  lineErrors: Record<number, string>;
  general: string[];
  networkError: boolean;
}

export function CartContents({ restaurant, cart, quote, updating, lineErrors, general, networkError }: CartContentsProps) {
  if (cart.lines.length === 0) return <p className="muted">{strings.cart.empty}</p>;
  return (
    <>
      <ul className="cart-lines" aria-busy={updating}>
        {cart.lines.map((line, index) => (
          <CartLineRow key={line.key} line={line} priced={quote?.lines[index]?.lineTotal} currency={restaurant.currency}
                       error={lineErrors[index]} onQuantity={(q) => cart.setQuantity(line.key, q)} />
        ))}
      </ul>
      {general.map((message) => <Alert key={message} tone="error">{message}</Alert>)}
      {networkError && <Alert tone="error">{strings.common.offline}</Alert>}
      {quote && (
        <div className={updating ? 'is-updating' : ''}>
          <PriceBreakdown quote={quote} />
          <p className="muted small">{strings.cart.readyAround(formatTime(quote.estimatedReadyAt, restaurant.timezone))}</p>
        </div>
      )}
      <p className="sr-only" aria-live="polite">{updating ? strings.cart.pricing : ''}</p>
    </>
  );
}

interface CartLineRowProps {
  line: CartLine;
  priced: number | undefined;
  currency: string;
  error: string | undefined;
  onQuantity: (quantity: number) => void;
}

function CartLineRow({ line, priced, currency, error, onQuantity }: CartLineRowProps) {
  return (
    <li className={`cart-line ${error ? 'cart-line--invalid' : ''}`}>
      <div className="cart-line__main">
        <span className="cart-line__name">{line.name}</span>
        {line.optionNames.length > 0 && <span className="cart-line__options">{line.optionNames.join(', ')}</span>}
        {line.note && <span className="cart-line__note">“{line.note}”</span>}
        {error && <span className="field__error" role="alert">{error}</span>}
      </div>
      <div className="cart-line__side">
        <span className="cart-line__total">{priced === undefined ? '…' : formatMoney(priced, currency)}</span>
        <div className="stepper stepper--small" role="group" aria-label={strings.cart.quantityOf(line.name)}>
          <button type="button" className="stepper__button" onClick={() => onQuantity(line.quantity - 1)}
                  aria-label={line.quantity === 1 ? strings.cart.remove(line.name) : strings.item.decrease}>
            {line.quantity === 1 ? '×' : '−'}
          </button>
          <output className="stepper__value">{line.quantity}</output>
          <button type="button" className="stepper__button" onClick={() => onQuantity(line.quantity + 1)}
                  aria-label={strings.item.increase}>+</button>
        </div>
      </div>
    </li>
  );
}
