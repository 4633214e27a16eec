// What this browser remembers of the orders it placed: enough for the confirmation page and the
// tracking link after a reload. The access token stays on the guest's device (localStorage, and
// the link's fragment), never in a URL the server sees.

export interface PlacedOrderMemo {
  id: string;
  number: number;
  restaurantId: string;
  accessToken: string;
  timezone: string;
  currency: string;
}

const key = (orderId: string) => `chit.order.${orderId}`;

export function rememberOrder(memo: PlacedOrderMemo): void {
  try {
    localStorage.setItem(key(memo.id), JSON.stringify(memo));
  } catch {
    // Storage full or disabled: the tracking link still carries the token.
  }
}

export function recallOrder(orderId: string): PlacedOrderMemo | undefined {
  try {
    const text = localStorage.getItem(key(orderId));
    return text ? (JSON.parse(text) as PlacedOrderMemo) : undefined;
  } catch {
    return undefined;
  }
}

export function trackingPath(orderId: string, accessToken: string): string {
  return `/track/${encodeURIComponent(orderId)}#t=${encodeURIComponent(accessToken)}`;
}
