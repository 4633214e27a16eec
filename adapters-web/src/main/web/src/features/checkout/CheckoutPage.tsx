import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { PriceBreakdown } from '../../components/PriceBreakdown';
import { NetworkError, ProblemError } from '../../lib/api/client';
import { api } from '../../lib/api/endpoints';
import { codeOf, placeErrors, type PlacedErrors } from '../../lib/api/problems';
import type {
  Address, CardPayment, FieldError, CheckoutRequest, Fulfillment, FulfillmentType, MenuPayments, MenuRestaurant, PlacedOrder,
} from '../../lib/api/types';
import { toLineRequests, type CartLine } from '../../lib/cartLine';
import { formatMoney, formatTime, localDate, parseMinorUnits } from '../../lib/format';
import { followLink } from '../../lib/router';
import { currentLanguage } from '../../lib/language';
import { strings } from '../../lib/strings';
import { useDebounced } from '../../lib/useDebounced';
import { useQuote } from '../../lib/useQuote';
import { settlePayment, TEST_CARDS, testCardPayment, type TestCard } from './cardPayment';
import { CheckoutAttempt } from './checkoutAttempt';
import { describePromoRefusal, PromoCodeField } from './PromoCodeField';
import { SandboxChallenge } from './SandboxChallenge';
import { StripeCard, type StripeCardHandle } from './StripeCard';

const SANDBOX: MenuPayments = { gateway: 'sandbox' };
const TIP_PERCENTS = [10, 15, 20];
const ADDRESS_PARTS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country', 'instructions'] as const;
const FIELDS = [
  'promoCode', 'customer.name', 'customer.email', 'customer.phone', 'notes', 'tip', 'scheduledFor', 'fulfillment.table', 'fulfillment.type',
  'fulfillment.address', ...ADDRESS_PARTS.map((part) => `fulfillment.address.${part}`),
];

type TipChoice = 'none' | `${number}` | 'custom';
type EmptyAddress = Record<(typeof ADDRESS_PARTS)[number], string>;

interface CheckoutPageProps {
  restaurant: MenuRestaurant;
  lines: CartLine[];
  /** How the card is taken (the menu's `payments`): the sandbox's test cards, or Stripe.js. */
  payments?: MenuPayments;
  /** The order is placed, or still waits for the guest's bank (`status` AWAITING_PAYMENT). */
  onPlaced: (order: PlacedOrder) => void;
}

/**
 * Checkout: how and when, who, the tip and the card; priced by the server on every change. A card
 * whose bank checks the guest (3-D Secure) goes through the check (Stripe.js's, or the sandbox's
 * own dialog) before the order is placed.
 */
export function CheckoutPage({ restaurant, lines, payments = SANDBOX, onPlaced }: CheckoutPageProps) {
  const [type, setType] = useState<FulfillmentType>('PICKUP');
  const [address, setAddress] = useState<EmptyAddress>({ line1: '', line2: '', city: '', region: '', postalCode: '', country: '', instructions: '' });
  const [table, setTable] = useState('');
  const [when, setWhen] = useState<'asap' | 'scheduled'>('asap');
  const [day, setDay] = useState(() => localDate(new Date(), restaurant.timezone));
  const [slot, setSlot] = useState('');
  const [tipChoice, setTipChoice] = useState<TipChoice>('none');
  const [customTip, setCustomTip] = useState('');
  const [customer, setCustomer] = useState({ name: '', email: '', phone: '' });
  const [notes, setNotes] = useState('');
  const [promoCode, setPromoCode] = useState<string>();
  const [card, setCard] = useState<TestCard>('tok_visa');
  const [stripeCard, setStripeCard] = useState<StripeCardHandle>();
  const [challenge, setChallenge] = useState<(passed: boolean) => Promise<void>>();
  const [placing, setPlacing] = useState(false);
  const [outcome, setOutcome] = useState<{ errors: PlacedErrors; message?: string; declined?: string }>();
  const attempt = useMemo(() => new CheckoutAttempt(restaurant.id), [restaurant.id]);
  const form = useRef<HTMLFormElement>(null);
  const money = (amount: number) => formatMoney(amount, restaurant.currency);

  const fulfillment: Fulfillment =
    type === 'DELIVERY' ? { type, address: addressOf(address) } : type === 'DINE_IN' ? { type, table: table.trim() } : { type };
  const scheduledFor = when === 'scheduled' && slot ? slot : null;
  const cartBase = { lines: toLineRequests(lines), fulfillment, scheduledFor, ...(promoCode ? { promoCode } : {}) };
  // Tip presets are shares of the server's subtotal, which the tip itself does not change.
  const [subtotal, setSubtotal] = useState<number>();
  const tip = tipAmount(tipChoice, customTip, subtotal, restaurant.currency);
  const cart = useDebounced({ ...cartBase, tip: tip ?? 0 }, 300);
  const priced = useQuote(restaurant.id, cart);
  const quoteErrors = priced.problem ? placeErrors(priced.problem, FIELDS, describeFieldError) : undefined;
  const errors = outcome?.errors;
  const pricedSubtotal = priced.quote?.subtotal;
  useEffect(() => {
    if (pricedSubtotal !== undefined) setSubtotal(pricedSubtotal);
  }, [pricedSubtotal]);
  const fieldError = (field: string) => errors?.fields[field];

  useEffect(() => {
    if (!outcome) return;
    // Take the guest to what needs them: the first field the server named, else the message.
    const invalid = form.current?.querySelector<HTMLElement>('input[aria-invalid="true"], select[aria-invalid="true"]')
      ?? form.current?.querySelector<HTMLElement>('.alert--error');
    if (invalid && !invalid.matches('input, select')) invalid.tabIndex = -1;
    invalid?.focus?.();
    invalid?.scrollIntoView?.({ block: 'center' });
  }, [outcome]);

  async function placeOrder(event: React.FormEvent) {
    event.preventDefault();
    if (tip === undefined) {
      setOutcome({ errors: { fields: { tip: strings.checkout.customTipAmount }, lines: {}, general: [] } });
      return;
    }
    const body: Omit<CheckoutRequest, 'payment'> = {
      restaurantId: restaurant.id,
      ...cartBase,
      tip,
      customer: { name: customer.name.trim(), email: customer.email.trim(), phone: customer.phone.trim() || null,
                  locale: currentLanguage() },
      notes: notes.trim() || null,
    };
    setPlacing(true);
    setOutcome(undefined);
    try {
      const payment = await cardPayment();
      if (!payment) return;
      const placed = await attempt.place({ ...body, payment }, (b, key) => api.placeOrder(b as CheckoutRequest, key));
      const settled = await settlePayment(placed, authenticate, api.confirmPayment);
      if (settled.outcome === 'failed') setOutcome({ errors: NO_ERRORS, message: strings.checkout.authenticationFailed });
      else onPlaced(settled.order);
    } catch (error) {
      setOutcome(describeFailure(error));
    } finally {
      setChallenge(undefined);
      setPlacing(false);
    }
  }

  /** The card to charge: a sandbox test card, or a PaymentMethod Stripe.js makes of the guest's card. */
  async function cardPayment(): Promise<CardPayment | undefined> {
    if (payments.gateway !== 'stripe') return testCardPayment(card);
    const paymentMethod = stripeCard ? await stripeCard.createPaymentMethod() : undefined;
    if (!paymentMethod) {
      setOutcome({ errors: NO_ERRORS, message: stripeCard ? strings.checkout.cardIncomplete : strings.checkout.cardFormFailed });
      return undefined;
    }
    return { method: 'card', paymentMethod };
  }

  /** The bank's check: Stripe.js's, or the sandbox's dialog, which tells the sandbox what the guest answered. */
  function authenticate(order: PlacedOrder, clientSecret: string): Promise<void> {
    if (payments.gateway === 'stripe') return stripeCard!.handleNextAction(clientSecret);
    return new Promise((resolve) => {
      setChallenge(() => async (passed: boolean) => {
        // Answered before (409) or not heard: the confirmation that follows asks the network, which knows.
        await api.answerSandboxAuthentication(order.id, order.accessToken, passed).catch(() => undefined);
        setChallenge(undefined);
        resolve();
      });
    });
  }

  if (lines.length === 0) {
    return (
      <main className="page page--narrow" id="main">
        <h1 className="page__title">{strings.checkout.title}</h1>
        <p className="muted">{strings.checkout.emptyCart}</p>
        <a href={`/r/${restaurant.id}`} onClick={followLink}>{strings.cart.back}</a>
      </main>
    );
  }

  const lineErrors = { ...quoteErrors?.lines, ...errors?.lines };
  const generalErrors = [...(quoteErrors?.general ?? []), ...(errors?.general ?? [])];
  const addressPending = priced.problem && Object.keys(quoteErrors?.fields ?? {}).length > 0;

  return (
    <main className="page checkout" id="main">
      <a className="back-link" href={`/r/${restaurant.id}`} onClick={followLink}>{strings.cart.back}</a>
      <h1 className="page__title">{strings.checkout.title}</h1>
      <form ref={form} className="checkout__layout" onSubmit={placeOrder} noValidate>
        <div className="checkout__form">
          {outcome?.message && <Alert tone="error"><p tabIndex={-1}>{outcome.message}</p></Alert>}
          {errors && Object.keys(errors.fields).length > 0 && !outcome?.message && <Alert tone="error">{strings.checkout.fixErrors}</Alert>}

          <section className="card-section">
            <fieldset className="segmented-fieldset">
              <legend className="section-title">{strings.checkout.how}</legend>
              <div className="segmented">
                {(['PICKUP', 'DELIVERY', 'DINE_IN'] as const).map((option) => (
                  <label key={option} className={`segmented__option ${type === option ? 'segmented__option--on' : ''}`}>
                    <input type="radio" name="fulfillment" value={option} checked={type === option} onChange={() => setType(option)} />
                    {strings.checkout.fulfillment[option]}
                  </label>
                ))}
              </div>
            </fieldset>
            {type === 'DELIVERY' && (
              <fieldset className="address">
                <legend className="subsection-title">{strings.checkout.address}</legend>
                {fieldError('fulfillment.address') && <p className="field__error" role="alert">{fieldError('fulfillment.address')}</p>}
                {ADDRESS_PARTS.map((part) => (
                  <Field key={part} label={strings.checkout[part]} value={address[part]} className={`address__${part}`}
                         autoComplete={AUTOCOMPLETE[part]} error={fieldError(`fulfillment.address.${part}`)}
                         onChange={(e) => setAddress({ ...address, [part]: e.target.value })} />
                ))}
              </fieldset>
            )}
            {type === 'DINE_IN' && (
              <Field label={strings.checkout.table} value={table} onChange={(e) => setTable(e.target.value)}
                     error={fieldError('fulfillment.table')} maxLength={20} />
            )}
          </section>

          <section className="card-section">
            <fieldset className="segmented-fieldset">
              <legend className="section-title">{strings.checkout.when}</legend>
              <div className="segmented">
                {(['asap', 'scheduled'] as const).map((option) => (
                  <label key={option} className={`segmented__option ${when === option ? 'segmented__option--on' : ''}`}>
                    <input type="radio" name="when" value={option} checked={when === option} onChange={() => setWhen(option)} />
                    {option === 'asap' ? strings.checkout.asap : strings.checkout.scheduled}
                  </label>
                ))}
              </div>
            </fieldset>
            {when === 'asap' && priced.quote && (
              <p className="muted">{strings.cart.readyAround(formatTime(priced.quote.estimatedReadyAt, restaurant.timezone))}</p>
            )}
            {when === 'scheduled' && (
              <SlotPicker restaurant={restaurant} day={day} onDay={(d) => { setDay(d); setSlot(''); }} slot={slot} onSlot={setSlot}
                          error={fieldError('scheduledFor') ?? quoteErrors?.fields.scheduledFor} />
            )}
          </section>

          <section className="card-section">
            <h2 className="section-title">{strings.checkout.contact}</h2>
            <Field label={strings.checkout.name} value={customer.name} autoComplete="name" required
                   onChange={(e) => setCustomer({ ...customer, name: e.target.value })} error={fieldError('customer.name')} />
            <Field label={strings.checkout.email} type="email" value={customer.email} autoComplete="email" required
                   onChange={(e) => setCustomer({ ...customer, email: e.target.value })} error={fieldError('customer.email')} />
            <Field label={strings.checkout.phone} type="tel" value={customer.phone} autoComplete="tel"
                   onChange={(e) => setCustomer({ ...customer, phone: e.target.value })} error={fieldError('customer.phone')} />
            <Field label={strings.checkout.notes} value={notes} maxLength={500}
                   onChange={(e) => setNotes(e.target.value)} error={fieldError('notes')} />
          </section>

          <section className="card-section">
            <fieldset className="segmented-fieldset">
              <legend className="section-title">{strings.checkout.tip}</legend>
              <div className="segmented segmented--wrap">
                {(['none', ...TIP_PERCENTS.map(String), 'custom'] as TipChoice[]).map((option) => (
                  <label key={option} className={`segmented__option ${tipChoice === option ? 'segmented__option--on' : ''}`}>
                    <input type="radio" name="tip" value={option} checked={tipChoice === option} onChange={() => setTipChoice(option)} />
                    {option === 'none' ? strings.checkout.noTip : option === 'custom' ? strings.checkout.customTip : (
                      <>{option}%{subtotal !== undefined && <span className="segmented__sub">{money(percentOf(subtotal, Number(option)))}</span>}</>
                    )}
                  </label>
                ))}
              </div>
            </fieldset>
            {tipChoice === 'custom' && (
              <Field label={strings.checkout.customTipAmount} inputMode="decimal" value={customTip}
                     onChange={(e) => setCustomTip(e.target.value)}
                     error={fieldError('tip') ?? (customTip && tip === undefined ? strings.checkout.customTipAmount : undefined)} />
            )}
          </section>

          <section className="card-section">
            <PromoCodeField applied={promoCode} error={fieldError('promoCode') ?? quoteErrors?.fields.promoCode}
                            onApply={(code) => { setPromoCode(code); setOutcome(undefined); }}
                            onRemove={() => { setPromoCode(undefined); setOutcome(undefined); }} />
          </section>

          <section className="card-section">
            <fieldset className="cards" id="payment">
              <legend className="section-title">{strings.checkout.payment}</legend>
              {payments.gateway !== 'stripe' && <p className="muted small">{strings.checkout.sandboxNote}</p>}
              {outcome?.declined && <Alert tone="error">{strings.checkout.declined(outcome.declined)}</Alert>}
              {payments.gateway === 'stripe' ? (
                <StripeCard payments={payments} amount={priced.quote?.total} currency={restaurant.currency} onReady={setStripeCard} />
              ) : TEST_CARDS.map((token) => (
                <label key={token} className={`choice ${card === token ? 'choice--checked' : ''}`}>
                  <input type="radio" name="card" value={token} checked={card === token} onChange={() => setCard(token)}
                         aria-invalid={outcome?.declined && card === token ? true : undefined} />
                  <span className="choice__name">{strings.checkout.cards[token]}</span>
                </label>
              ))}
            </fieldset>
          </section>
        </div>

        <aside className="checkout__summary card-section" aria-label={strings.cart.title}>
          <h2 className="section-title">{strings.cart.title}</h2>
          <ul className="summary-lines">
            {lines.map((line, index) => (
              <li key={line.key} className="summary-line">
                <span className="summary-line__qty">{line.quantity}×</span>
                <span className="summary-line__main">
                  <span>{line.name}</span>
                  {line.optionNames.length > 0 && <span className="muted small">{line.optionNames.join(', ')}</span>}
                  {lineErrors[index] && <span className="field__error" role="alert">{lineErrors[index]}</span>}
                </span>
                <span>{priced.quote?.lines[index] ? money(priced.quote.lines[index].lineTotal) : ''}</span>
              </li>
            ))}
          </ul>
          {generalErrors.map((message) => <Alert key={message} tone="error">{message}</Alert>)}
          {priced.networkError && <Alert tone="error">{strings.common.offline}</Alert>}
          {addressPending && !priced.quote && <p className="muted small">{strings.checkout.fixErrors}</p>}
          {priced.quote && <div className={priced.updating ? 'is-updating' : ''}><PriceBreakdown quote={priced.quote} /></div>}
          <button type="submit" className="button button--primary button--block" disabled={placing} aria-busy={placing}>
            {placing ? strings.checkout.placing : priced.quote ? strings.checkout.place(money(priced.quote.total)) : strings.checkout.placeWithoutTotal}
          </button>
        </aside>
      </form>
      {challenge && <SandboxChallenge onAnswer={challenge} />}
    </main>
  );
}

const AUTOCOMPLETE: Record<(typeof ADDRESS_PARTS)[number], string> = {
  line1: 'address-line1', line2: 'address-line2', city: 'address-level2', region: 'address-level1',
  postalCode: 'postal-code', country: 'country', instructions: 'off',
};

/** The address as typed, each part trimmed; a part left empty is absent (null), for the server to name. */
function addressOf(form: EmptyAddress): Address {
  const part = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    line1: part(form.line1) as string, line2: part(form.line2), city: part(form.city) as string, region: part(form.region),
    postalCode: part(form.postalCode) as string, country: part(form.country)?.toUpperCase() ?? null,
    instructions: part(form.instructions),
  };
}

/** A tip preset: a share of the server's subtotal, rounded to the minor unit (integers only). */
function percentOf(subtotal: number, percent: number): number {
  return Math.round((subtotal * percent) / 100);
}

function tipAmount(choice: TipChoice, custom: string, subtotal: number | undefined, currency: string): number | undefined {
  if (choice === 'none') return 0;
  if (choice === 'custom') return custom.trim() === '' ? 0 : parseMinorUnits(custom, currency);
  return subtotal === undefined ? 0 : percentOf(subtotal, Number(choice));
}

/** Next to its field, a missing value needs no field path: the label says which it is. */
function describeFieldError(error: FieldError): string {
  if (error.field === 'promoCode') return describePromoRefusal(error);
  return error.code === 'required' && error.field !== 'lines' ? strings.checkout.required : error.message;
}

const NO_ERRORS: PlacedErrors = { fields: {}, lines: {}, general: [] };

function describeFailure(error: unknown): { errors: PlacedErrors; message?: string; declined?: string } {
  const none = NO_ERRORS;
  if (error instanceof NetworkError) return { errors: none, message: strings.checkout.networkLost };
  if (!(error instanceof ProblemError)) return { errors: none, message: strings.common.somethingWrong };
  const { problem } = error;
  if (problem.type === '/problems/payment-declined') {
    return { errors: none, declined: codeOf(problem, 'payment') ?? 'card_declined' };
  }
  if (problem.type === '/problems/payment-unavailable') return { errors: none, message: strings.checkout.paymentUnavailable };
  if (problem.type === '/problems/request-in-progress') return { errors: none, message: strings.checkout.inProgress };
  if (problem.status >= 500) return { errors: none, message: strings.common.somethingWrong };
  const errors = placeErrors(problem, FIELDS, describeFieldError);
  return { errors: { ...errors, general: [] }, ...(errors.general.length > 0 ? { message: errors.general.join(' ') } : {}) };
}

interface SlotPickerProps {
  restaurant: MenuRestaurant;
  day: string;
  onDay: (day: string) => void;
  slot: string;
  onSlot: (slot: string) => void;
  error: string | undefined;
}

function SlotPicker({ restaurant, day, onDay, slot, onSlot, error }: SlotPickerProps) {
  const days = useMemo(() => {
    const now = Date.now();
    const label = new Intl.DateTimeFormat(undefined, { timeZone: restaurant.timezone, weekday: 'long', day: 'numeric', month: 'short' });
    return Array.from({ length: 7 }, (_, i) => {
      const instant = new Date(now + i * 86_400_000);
      return { date: localDate(instant, restaurant.timezone), label: label.format(instant) };
    });
  }, [restaurant.timezone]);
  const slots = useQuery({
    queryKey: ['slots', restaurant.id, day],
    queryFn: ({ signal }) => api.slots(restaurant.id, day, signal),
  });
  const open = slots.data?.slots.filter((s) => s.available) ?? [];
  return (
    <div className="slot-picker">
      <div className="field">
        <label className="field__label" htmlFor="slot-day">{strings.checkout.day}</label>
        <select id="slot-day" className="field__input" value={day} onChange={(e) => onDay(e.target.value)}>
          {days.map((d) => <option key={d.date} value={d.date}>{d.label}</option>)}
        </select>
      </div>
      <div className={`field ${error ? 'field--invalid' : ''}`}>
        <label className="field__label" htmlFor="slot-time">{strings.checkout.slot}</label>
        <select id="slot-time" className="field__input" value={slot} onChange={(e) => onSlot(e.target.value)}
                aria-invalid={error ? true : undefined} aria-describedby={error ? 'slot-error' : undefined}>
          <option value="">{slots.isPending ? strings.common.loading : open.length === 0 ? strings.checkout.noSlots : '—'}</option>
          {open.map((s) => (
            <option key={s.start} value={s.start}>
              {formatTime(s.start, restaurant.timezone)} – {formatTime(s.end, restaurant.timezone)}
            </option>
          ))}
        </select>
        {error && <p id="slot-error" className="field__error" role="alert">{error}</p>}
      </div>
    </div>
  );
}
