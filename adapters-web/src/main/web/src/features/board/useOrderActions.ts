import { useState } from 'react';
import { ProblemError } from '../../lib/api/client';
import { portalApi } from '../../lib/api/portal';
import type { Order } from '../../lib/api/types';

export interface Conflict {
  /** The order as it is now, read again after the server refused a stale move. */
  current: Order;
}

/**
 * Runs one action on an order and files its outcome: the order it answered goes on the board,
 * a 412 (someone else moved it first) becomes a conflict showing the order as it is now, any
 * other refusal a message on that card. Nothing is retried or overwritten silently.
 */
export function useOrderActions(put: (order: Order) => void) {
  const [busy, setBusy] = useState<string>();
  const [conflict, setConflict] = useState<Conflict>();
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function run(order: Order, action: () => Promise<Order | unknown>): Promise<boolean> {
    setBusy(order.id);
    setErrors(({ [order.id]: _, ...rest }) => rest);
    try {
      const answered = await action();
      if (answered && typeof answered === 'object' && 'version' in answered) put(answered as Order);
      return true;
    } catch (error) {
      if (error instanceof ProblemError && error.problem.status === 412) {
        const current = await portalApi.order(order.id).catch(() => order);
        put(current);
        setConflict({ current });
      } else {
        const message = error instanceof ProblemError ? (error.problem.detail ?? error.problem.title) : String(error);
        setErrors((all) => ({ ...all, [order.id]: message }));
      }
      return false;
    } finally {
      setBusy(undefined);
    }
  }

  return { busy, conflict, clearConflict: () => setConflict(undefined), errors, run };
}
