// The portal's hand-written types (src/lib/api/portalTypes.ts) against the server's OpenAPI
// document, as openapi.test.ts does for the guest's: each key list is typed as the exact key set
// of its type, and the test fails when the document lacks one. The export issue's routes (reports,
// summary, schedule) are checked once the server documents them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { BulkResult, Promotion, Restaurant, StaffMember, User } from '../src/lib/api/portalTypes';

type Schema = { properties?: Record<string, Schema>; items?: Schema; allOf?: Schema[]; $ref?: string };

const document = parse(
  readFileSync(resolve(import.meta.dirname, '../../resources/META-INF/openapi.yaml'), 'utf8'),
) as { components: { schemas: Record<string, Schema> }; paths: Record<string, Record<string, unknown>> };

function deref(schema: Schema): Schema {
  return schema.$ref ? deref(document.components.schemas[schema.$ref.split('/').pop()!]!) : schema;
}

function propertiesOf(schema: Schema): Record<string, Schema> {
  const s = deref(schema);
  const own = { ...(s.properties ?? {}) };
  for (const part of s.allOf ?? []) Object.assign(own, propertiesOf(part));
  return own;
}

function keys<T>(list: Record<keyof T, true>): string[] {
  return Object.keys(list);
}

function expectDocumented(schemaName: string, names: string[]) {
  const documented = Object.keys(propertiesOf(document.components.schemas[schemaName]!));
  for (const name of names) expect(documented, `${schemaName}.${name}`).toContain(name);
}

describe('the portal types match the OpenAPI document', () => {
  it('the restaurant with every setting, the board thresholds included', () => {
    expectDocumented('Restaurant', keys<Restaurant>({
      id: true, name: true, address: true, currency: true, timezone: true, acceptingOrders: true, pausedUntil: true,
      defaultPrepMinutes: true, acceptTimeoutMinutes: true, openingHours: true, taxRateBasisPoints: true, minOrder: true,
      deliveryFee: true, serviceFeeBasisPoints: true, autoAccept: true, busyExtraMinutes: true, busyUntil: true,
      capacityPerSlot: true, autoPauseAfterMissed: true, dueSoonMinutes: true, lateAfterMinutes: true,
    }));
  });

  it('the signed-in user and the staff', () => {
    expectDocumented('User', keys<User>({ id: true, email: true, name: true, memberships: true, admin: true }));
    expectDocumented('StaffMember', keys<StaffMember>({ id: true, email: true, name: true, role: true }));
  });

  it('the promotions and their routes', () => {
    expectDocumented('Promotion', keys<Promotion>({
      id: true, code: true, kind: true, value: true, minSubtotal: true, startsAt: true, endsAt: true, maxRedemptions: true,
      maxPerCustomer: true, firstOrderOnly: true, active: true, redemptions: true,
    }));
    expect(Object.keys(document.paths)).toContain('/api/v1/restaurants/{restaurantId}/promotions');
    expect(Object.keys(document.paths)).toContain('/api/v1/restaurants/{restaurantId}/promotions/{promotionId}');
  });

  it('the staff routes the portal calls', () => {
    for (const path of [
      '/api/v1/auth/login',
      '/api/v1/auth/logout',
      '/api/v1/auth/me',
      '/api/v1/restaurants/{restaurantId}',
      '/api/v1/restaurants/{restaurantId}/settings',
      '/api/v1/restaurants/{restaurantId}/staff',
      '/api/v1/restaurants/{restaurantId}/staff/{userId}',
      '/api/v1/restaurants/{restaurantId}/orders',
      '/api/v1/restaurants/{restaurantId}/orders/bulk-transitions',
      '/api/v1/orders/{orderId}/transitions',
      '/api/v1/orders/{orderId}/delay',
      '/api/v1/orders/{orderId}/refunds',
      '/api/v1/orders/{orderId}/refunds/preview',
      '/api/v1/orders/{orderId}/ticket',
    ]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    const bulk = JSON.stringify(document.paths['/api/v1/restaurants/{restaurantId}/orders/bulk-transitions']);
    for (const name of keys<BulkResult>({ orderId: true, ok: true, status: true, error: true })) expect(bulk).toContain(`"${name}"`);
  });
});
