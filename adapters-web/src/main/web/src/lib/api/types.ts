// The server's JSON, as API.md and the OpenAPI document (adapters-web META-INF/openapi.yaml)
// describe it. Hand-written; openapi.test.ts checks every field named here against the document.

/** Minor units (cents) of the currency alongside. Never a float. */
export type Money = number;

export interface FieldError {
  field: string;
  code?: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId: string;
  errors?: FieldError[];
}

export interface DirectoryRestaurant {
  id: string;
  name: string;
  address?: string | null;
  currency: string;
  timezone: string;
  acceptingOrders: boolean;
  openNow: boolean;
  pausedUntil?: string | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface MenuRestaurant {
  id: string;
  name: string;
  currency: string;
  timezone: string;
  acceptingOrders: boolean;
  openNow: boolean;
  minOrder: Money;
  defaultPrepMinutes: number;
}

export interface ModifierOption {
  id: string;
  name: string;
  priceDelta: Money;
}

export interface ModifierGroup {
  id: string;
  name: string;
  minSelect: number;
  maxSelect: number;
  options: ModifierOption[];
}

export interface MenuItem {
  id: string;
  name: string;
  description?: string;
  price: Money;
  available: boolean;
  modifierGroups: ModifierGroup[];
  /** The large photo (at most 1200 px); `?w=400` is its thumbnail. Null without one. */
  photoUrl?: string | null;
  /** Portions left, when the kitchen counts them; absent: not counted. */
  stock?: number;
  /** When an item sold out for a while comes back by itself; absent: not sold out for a time. */
  availableAgainAt?: string;
}

export interface MenuCategory {
  name: string;
  items: MenuItem[];
}

/** How the guest's app takes the card (API.md "Payments through Stripe"). */
export interface MenuPayments {
  gateway: 'sandbox' | 'stripe';
  /** With Stripe: the platform's publishable key, for Stripe.js. */
  publishableKey?: string;
  /** With Stripe: where Stripe.js is loaded from. */
  scriptUrl?: string;
  /** With Stripe: the restaurant's connected account, when it has one. */
  stripeAccountId?: string;
}

export interface Menu {
  restaurant: MenuRestaurant;
  categories: MenuCategory[];
  payments?: MenuPayments;
}

export type FulfillmentType = 'PICKUP' | 'DELIVERY' | 'DINE_IN';

export interface Address {
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postalCode: string;
  country?: string | null;
  instructions?: string | null;
}

export interface Fulfillment {
  type: FulfillmentType;
  address?: Address | null;
  table?: string | null;
}

export interface CartLineRequest {
  menuItemId: string;
  quantity: number;
  optionIds: string[];
  note?: string | null;
}

export interface CartRequest {
  lines: CartLineRequest[];
  fulfillment: Fulfillment;
  tip?: Money;
  scheduledFor?: string | null;
  /** A promo code, matched whatever its case; one that does not apply is a 422 naming `promoCode`. */
  promoCode?: string;
}

export interface AppliedPromotion {
  code: string;
  kind: 'PERCENT' | 'AMOUNT';
  value: number;
}

export interface PricedOption {
  id: string;
  name: string;
  priceDelta: Money;
}

export interface QuoteLine {
  menuItemId: string;
  name: string;
  quantity: number;
  unitPrice: Money;
  options: PricedOption[];
  lineTotal: Money;
}

export interface Quote {
  lines: QuoteLine[];
  subtotal: Money;
  tax: Money;
  deliveryFee: Money;
  serviceFee: Money;
  tip: Money;
  total: Money;
  currency: string;
  estimatedReadyAt: string;
  discount?: Money;
  taxes?: TaxLine[];
  taxIncluded?: boolean;
  /** The promo code that gave `discount`, as it was then; null for none. */
  promotion?: AppliedPromotion | null;
}

/** One rate's tax: `amount` at `basisPoints` of `taxable` (gross when the prices include tax). */
export interface TaxLine {
  code: string;
  basisPoints: number;
  taxable: Money;
  amount: Money;
}

export interface Customer {
  name: string;
  email: string;
  phone?: string | null;
  /** The language the guest orders in; their emails and receipts speak it. */
  locale?: 'en' | 'es' | 'de';
}

/** A sandbox test token (`tok_...`), or a PaymentMethod that Stripe.js made (or a test one, `pm_card_...`). */
export type CardPayment = { method: 'card'; token: string } | { method: 'card'; paymentMethod: string };

export interface CheckoutRequest extends CartRequest {
  restaurantId: string;
  customer: Customer;
  notes?: string | null;
  payment: CardPayment;
}

export interface Slot {
  start: string;
  end: string;
  available: boolean;
}

export type OrderStatus =
  | 'AWAITING_PAYMENT'
  | 'PLACED'
  | 'ACCEPTED'
  | 'PREPARING'
  | 'READY'
  | 'OUT_FOR_DELIVERY'
  | 'COMPLETED'
  | 'REJECTED'
  | 'CANCELLED';

export type PaymentStatus =
  | 'UNPAID'
  | 'REQUIRES_ACTION'
  | 'AUTHORIZED'
  | 'CAPTURED'
  | 'VOIDED'
  | 'PARTIALLY_REFUNDED'
  | 'REFUNDED';

export interface OrderLine {
  id: string;
  menuItemId: string;
  name: string;
  quantity: number;
  unitPrice: Money;
  options: PricedOption[];
  note?: string | null;
  lineTotal: Money;
  /** Items of the line refunded so far (refunds by line). */
  refundedQuantity?: number;
  /** The kitchen stations that make the line, fixed when the order was placed (API.md "Kitchen"). */
  stationIds?: string[];
  /** When the line was bumped; null while it is still to make. */
  doneAt?: string | null;
}

export interface Actor {
  type: 'CUSTOMER' | 'STAFF' | 'SYSTEM';
  id?: string | null;
}

export interface HistoryEntry {
  from?: OrderStatus | null;
  to: OrderStatus;
  at: string;
  actor: Actor;
  reason?: string | null;
}

export interface Order {
  id: string;
  /** The server sends null while the order is AWAITING_PAYMENT (3-D Secure); staff never see such an order. */
  number: number;
  restaurantId: string;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  fulfillment: Fulfillment;
  scheduledFor?: string | null;
  customer: Customer;
  lines: OrderLine[];
  subtotal: Money;
  tax: Money;
  deliveryFee: Money;
  serviceFee: Money;
  tip: Money;
  discount: Money;
  total: Money;
  taxes?: TaxLine[];
  taxIncluded?: boolean;
  refunded: Money;
  /** The guest disputes the card payment with their bank (Stripe's charge.dispute.created). */
  disputed?: boolean;
  currency: string;
  notes?: string | null;
  placedAt: string;
  acceptedAt?: string | null;
  estimatedReadyAt: string;
  readyAt?: string | null;
  completedAt?: string | null;
  version: number;
  history: HistoryEntry[];
}

export interface PlacedOrder extends Order {
  accessToken: string;
  links: { self?: string; receipt?: string };
  /** On a 202: the guest's bank must check the guest (3-D Secure) before the order is placed. */
  paymentAction?: { type: 'stripe'; clientSecret: string };
}

/** Frames of /ws/restaurants/{id}/orders and /ws/orders/{id} (API.md "Live updates"). */
export type LiveFrame =
  | { type: 'snapshot'; seq: number; orders: Order[] }
  | { type: 'order.created' | 'order.updated'; seq: number; order: Order }
  | { type: 'error'; problem: Problem };
