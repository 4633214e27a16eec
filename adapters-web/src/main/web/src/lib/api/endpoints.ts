import { download, request } from './client';
import type {
  CartRequest,
  CheckoutRequest,
  DirectoryRestaurant,
  Menu,
  Order,
  Page,
  PlacedOrder,
  Quote,
  Slot,
} from './types';

// The API's routes the apps call, one typed function each; components never call fetch.

const ORDER_TOKEN = 'X-Order-Token';

export const api = {
  directory: (signal?: AbortSignal) => request<Page<DirectoryRestaurant>>('/restaurants?limit=200', { signal }),

  menu: (restaurantId: string, signal?: AbortSignal) =>
    request<Menu>(`/restaurants/${encodeURIComponent(restaurantId)}/menu`, { signal }),

  quote: (restaurantId: string, cart: CartRequest, signal?: AbortSignal) =>
    request<Quote>(`/restaurants/${encodeURIComponent(restaurantId)}/quotes`, { method: 'POST', body: cart, signal }),

  slots: (restaurantId: string, date: string, signal?: AbortSignal) =>
    request<{ slots: Slot[] }>(
      `/restaurants/${encodeURIComponent(restaurantId)}/slots?date=${encodeURIComponent(date)}`,
      { signal },
    ),

  placeOrder: (checkout: CheckoutRequest, idempotencyKey: string) =>
    request<PlacedOrder>('/orders', {
      method: 'POST',
      body: checkout,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),

  order: (orderId: string, accessToken: string, signal?: AbortSignal) =>
    request<Order>(`/orders/${encodeURIComponent(orderId)}`, { headers: { [ORDER_TOKEN]: accessToken }, signal }),

  cancelOrder: (orderId: string, accessToken: string) =>
    request<Order>(`/orders/${encodeURIComponent(orderId)}/cancel`, {
      method: 'POST',
      body: {},
      headers: { [ORDER_TOKEN]: accessToken },
    }),

  /** After the bank's check (3-D Secure): the order as the card network left it (placed, waiting, or cancelled). */
  confirmPayment: (orderId: string, accessToken: string) =>
    request<Order>(`/orders/${encodeURIComponent(orderId)}/payment/confirm`, {
      method: 'POST',
      headers: { [ORDER_TOKEN]: accessToken },
    }),

  /** The sandbox's stand-in for the bank's check: the guest passed or failed it. */
  answerSandboxAuthentication: (orderId: string, accessToken: string, passed: boolean) =>
    request<void>(`/orders/${encodeURIComponent(orderId)}/payment/sandbox-authentication`, {
      method: 'POST',
      body: { passed },
      headers: { [ORDER_TOKEN]: accessToken },
    }),

    receipt: (orderId: string, accessToken: string, format: 'html' | 'pdf') =>
    download(`/orders/${encodeURIComponent(orderId)}/receipt?format=${format}`, { [ORDER_TOKEN]: accessToken }),

  /** The socket path of one order's live updates (API.md "Live updates"). */
  orderSocketPath: (orderId: string, accessToken: string) =>
    `/ws/orders/${encodeURIComponent(orderId)}?token=${encodeURIComponent(accessToken)}`,
};
