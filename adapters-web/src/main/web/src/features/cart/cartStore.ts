import { useCallback, useSyncExternalStore } from 'react';
import { MAX_QUANTITY, type CartLine } from '../../lib/cartLine';

// The cart of each restaurant, in localStorage so that it survives a reload and a closed tab.
// It holds what was chosen, never a price; the server prices it on every change.

const CHANGED = 'chit:cart-changed';
const storageKey = (restaurantId: string) => `chit.cart.${restaurantId}`;
const EMPTY: CartLine[] = [];
const cache = new Map<string, { text: string | null; lines: CartLine[] }>();

export function readCart(restaurantId: string): CartLine[] {
  const key = storageKey(restaurantId);
  let text: string | null = null;
  try {
    text = localStorage.getItem(key);
  } catch {
    return EMPTY;
  }
  const cached = cache.get(key);
  if (cached && cached.text === text) return cached.lines;
  let lines: CartLine[] = EMPTY;
  try {
    const parsed: unknown = text ? JSON.parse(text) : [];
    if (Array.isArray(parsed)) lines = parsed.filter(isCartLine);
  } catch {
    lines = EMPTY;
  }
  cache.set(key, { text, lines });
  return lines;
}

function isCartLine(value: unknown): value is CartLine {
  const line = value as CartLine;
  return (
    typeof line === 'object' && line !== null && typeof line.menuItemId === 'string' && typeof line.key === 'string'
    && Number.isInteger(line.quantity) && Array.isArray(line.optionIds)
  );
}

export function writeCart(restaurantId: string, lines: CartLine[]): void {
  try {
    if (lines.length === 0) localStorage.removeItem(storageKey(restaurantId));
    else localStorage.setItem(storageKey(restaurantId), JSON.stringify(lines));
  } catch {
    // Storage full or disabled (private mode): the cart lives as long as the page.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** Adds a line; the same item with the same choices and note adds to that line's quantity. */
export function addLine(lines: CartLine[], line: Omit<CartLine, 'key'>): CartLine[] {
  const key = [line.menuItemId, ...[...line.optionIds].sort(), line.note.trim()].join('|');
  const same = lines.find((existing) => existing.key === key);
  if (same) {
    return lines.map((existing) =>
      existing === same ? { ...existing, quantity: Math.min(MAX_QUANTITY, existing.quantity + line.quantity) } : existing,
    );
  }
  return [...lines, { ...line, key }];
}

export function setQuantity(lines: CartLine[], key: string, quantity: number): CartLine[] {
  if (quantity <= 0) return lines.filter((line) => line.key !== key);
  return lines.map((line) => (line.key === key ? { ...line, quantity: Math.min(MAX_QUANTITY, quantity) } : line));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onChange); // another tab changed it
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

export interface Cart {
  lines: CartLine[];
  count: number;
  add: (line: Omit<CartLine, 'key'>) => void;
  setQuantity: (key: string, quantity: number) => void;
  clear: () => void;
}

export function useCart(restaurantId: string): Cart {
  const lines = useSyncExternalStore(subscribe, () => readCart(restaurantId));
  const add = useCallback((line: Omit<CartLine, 'key'>) => writeCart(restaurantId, addLine(readCart(restaurantId), line)), [restaurantId]);
  const changeQuantity = useCallback(
    (key: string, quantity: number) => writeCart(restaurantId, setQuantity(readCart(restaurantId), key, quantity)),
    [restaurantId],
  );
  const clear = useCallback(() => writeCart(restaurantId, []), [restaurantId]);
  return { lines, count: lines.reduce((sum, line) => sum + line.quantity, 0), add, setQuantity: changeQuantity, clear };
}
