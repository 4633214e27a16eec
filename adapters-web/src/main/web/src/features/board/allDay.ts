import type { Order } from '../../lib/api/types';

// The "all day" count: how many of each item, with its options, the open orders still need.

export interface AllDayCount {
  key: string;
  name: string;
  options: string[];
  quantity: number;
}

const STILL_TO_MAKE = new Set(['PLACED', 'ACCEPTED', 'PREPARING']);

export function allDay(orders: readonly Order[]): AllDayCount[] {
  const counts = new Map<string, AllDayCount>();
  for (const order of orders) {
    if (!STILL_TO_MAKE.has(order.status)) continue;
    for (const line of order.lines) {
      const options = line.options.map((option) => option.name).sort((a, b) => a.localeCompare(b));
      const key = [line.name, ...options].join('\u0000');
      const count = counts.get(key);
      if (count) count.quantity += line.quantity;
      else counts.set(key, { key, name: line.name, options, quantity: line.quantity });
    }
  }
  return [...counts.values()].sort((a, b) => b.quantity - a.quantity || a.name.localeCompare(b.name));
}
