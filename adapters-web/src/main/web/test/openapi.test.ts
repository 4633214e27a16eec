// The hand-written API types (src/lib/api/types.ts) against the server's OpenAPI document: every
// field a type names must be a property of its schema there. Each list below is typed as the
// exact key set of its TypeScript type (the build's type check fails when a key is missing or
// extra), and this test fails when the document does not have a key.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type {
  Address,
  Customer,
  DirectoryRestaurant,
  Menu,
  MenuItem,
  MenuPayments,
  MenuRestaurant,
  ModifierGroup,
  ModifierOption,
  Order,
  OrderLine,
  PlacedOrder,
  Problem,
  Quote,
  QuoteLine,
  CartRequest,
  CartLineRequest,
  CheckoutRequest,
  HistoryEntry,
} from '../src/lib/api/types';

type Schema = { properties?: Record<string, Schema>; items?: Schema; allOf?: Schema[]; $ref?: string; oneOf?: Schema[]; type?: unknown };

const document = parse(
  readFileSync(resolve(import.meta.dirname, '../../resources/META-INF/openapi.yaml'), 'utf8'),
) as { components: { schemas: Record<string, Schema> }; paths: Record<string, unknown> };

function deref(schema: Schema): Schema {
  if (schema.$ref) return deref(document.components.schemas[schema.$ref.split('/').pop()!]!);
  return schema;
}

function propertiesOf(schema: Schema): Record<string, Schema> {
  const s = deref(schema);
  const own = { ...(s.properties ?? {}) };
  for (const part of s.allOf ?? []) Object.assign(own, propertiesOf(part));
  return own;
}

function at(name: string, ...path: string[]): Schema {
  let schema: Schema = document.components.schemas[name]!;
  for (const step of path) {
    schema = deref(schema);
    schema = step === '[]' ? deref(schema.items!) : propertiesOf(schema)[step]!;
    expect(schema, `${name}.${path.join('.')}`).toBeDefined();
  }
  return schema;
}

function keys<T>(list: Record<keyof T, true>): string[] {
  return Object.keys(list);
}

function expectDocumented(schema: Schema, names: string[]) {
  const documented = Object.keys(propertiesOf(schema));
  for (const name of names) expect(documented, `property ${name}`).toContain(name);
}

describe('the API types match the OpenAPI document', () => {
  it('problem documents', () => {
    expectDocumented(at('Problem'), keys<Problem>({ type: true, title: true, status: true, detail: true, instance: true, requestId: true, errors: true }));
  });

  it('the public directory', () => {
    expectDocumented(at('ListedRestaurant'), keys<DirectoryRestaurant>({
      id: true, name: true, address: true, currency: true, timezone: true, acceptingOrders: true, openNow: true, pausedUntil: true,
    }));
  });

  it('the menu', () => {
    expectDocumented(at('Menu'), keys<Menu>({ restaurant: true, categories: true, payments: true }));
    expectDocumented(at('Menu', 'payments'), keys<MenuPayments>({
      gateway: true, publishableKey: true, scriptUrl: true, stripeAccountId: true,
    }));
    expectDocumented(at('Menu', 'restaurant'), keys<MenuRestaurant>({
      id: true, name: true, currency: true, timezone: true, acceptingOrders: true, openNow: true, minOrder: true, defaultPrepMinutes: true,
    }));
    const item = at('Menu', 'categories', '[]', 'items', '[]');
    expectDocumented(item, keys<MenuItem>({ id: true, name: true, description: true, price: true, available: true, modifierGroups: true, photoUrl: true, stock: true, availableAgainAt: true }));
    const group = at('Menu', 'categories', '[]', 'items', '[]', 'modifierGroups', '[]');
    expectDocumented(group, keys<ModifierGroup>({ id: true, name: true, minSelect: true, maxSelect: true, options: true }));
    expectDocumented(at('Menu', 'categories', '[]', 'items', '[]', 'modifierGroups', '[]', 'options', '[]'),
      keys<ModifierOption>({ id: true, name: true, priceDelta: true }));
  });

  it('carts, quotes and checkouts', () => {
    expectDocumented(at('Cart'), keys<CartRequest>({ lines: true, fulfillment: true, tip: true, scheduledFor: true, promoCode: true }));
    expectDocumented(at('Cart', 'lines', '[]'), keys<CartLineRequest>({ menuItemId: true, quantity: true, optionIds: true, note: true }));
    expectDocumented(at('Checkout'), keys<CheckoutRequest>({
      lines: true, fulfillment: true, tip: true, scheduledFor: true, promoCode: true, restaurantId: true, customer: true, notes: true,
      payment: true,
    }));
    expectDocumented(at('Customer'), keys<Customer>({ name: true, email: true, phone: true, locale: true }));
    expectDocumented(at('Quote'), keys<Quote>({
      lines: true, subtotal: true, tax: true, deliveryFee: true, serviceFee: true, tip: true, total: true, currency: true, estimatedReadyAt: true,
      discount: true, taxes: true, taxIncluded: true, promotion: true,
    }));
    expectDocumented(at('Quote', 'lines', '[]'), keys<QuoteLine>({ menuItemId: true, name: true, quantity: true, unitPrice: true, options: true, lineTotal: true }));
  });

  it('the structured delivery address', () => {
    const address = deref(at('Fulfillment', 'address'));
    const object = address.oneOf?.map(deref).find((s) => s.properties) ?? address;
    expectDocumented(object, keys<Address>({ line1: true, line2: true, city: true, region: true, postalCode: true, country: true, instructions: true }));
  });

  it('orders', () => {
    expectDocumented(at('Order'), keys<Order>({
      id: true, number: true, restaurantId: true, status: true, paymentStatus: true, fulfillment: true, scheduledFor: true, customer: true,
      lines: true, subtotal: true, tax: true, deliveryFee: true, serviceFee: true, tip: true, discount: true, total: true, refunded: true,
      currency: true, notes: true, placedAt: true, acceptedAt: true, estimatedReadyAt: true, readyAt: true, completedAt: true, version: true, history: true,
      taxes: true, taxIncluded: true, disputed: true,
    }));
    expectDocumented(at('Order', 'lines', '[]'), keys<OrderLine>({
      id: true, menuItemId: true, name: true, quantity: true, unitPrice: true, options: true, note: true, lineTotal: true,
      refundedQuantity: true, stationIds: true, doneAt: true,
    }));
    expectDocumented(at('Order', 'history', '[]'), keys<HistoryEntry>({ from: true, to: true, at: true, actor: true, reason: true }));
    const placed = keys<Pick<PlacedOrder, 'accessToken' | 'links'>>({ accessToken: true, links: true });
    expectDocumented(at('PlacedOrder'), placed);
  });

  it('the guest routes the app calls', () => {
    for (const path of [
      '/api/v1/restaurants',
      '/api/v1/restaurants/{restaurantId}/menu',
      '/api/v1/restaurants/{restaurantId}/quotes',
      '/api/v1/restaurants/{restaurantId}/slots',
      '/api/v1/orders',
      '/api/v1/orders/{orderId}',
      '/api/v1/orders/{orderId}/cancel',
      '/api/v1/orders/{orderId}/receipt',
    ]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
  });
});
