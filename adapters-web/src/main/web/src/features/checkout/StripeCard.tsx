import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../components/Alert';
import type { MenuPayments } from '../../lib/api/types';
import { strings } from '../../lib/strings';
import { loadStripeJs, type Stripe, type StripeElements } from './stripeJs';

/** What the checkout asks of Stripe.js: a PaymentMethod from the guest's card, and the bank's check. */
export interface StripeCardHandle {
  /** The PaymentMethod's id (`pm_...`), or undefined when the card details are not complete. */
  createPaymentMethod(): Promise<string | undefined>;
  handleNextAction(clientSecret: string): Promise<void>;
}

interface StripeCardProps {
  payments: MenuPayments;
  amount: number | undefined;
  currency: string;
  onReady: (handle: StripeCardHandle | undefined) => void;
}

/**
 * Stripe's Payment Element for a manually captured payment of the order's total; the card's
 * details never touch the page or Chit, only the PaymentMethod's id does.
 */
export function StripeCard({ payments, amount, currency, onReady }: StripeCardProps) {
  const mount = useRef<HTMLDivElement>(null);
  const elements = useRef<StripeElements>(undefined);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  const startAmount = useRef(amount);

  useEffect(() => {
    let gone = false;
    let destroy: (() => void) | undefined;
    loadStripeJs(payments.scriptUrl ?? '').then((factory) => {
      if (gone || !mount.current) return;
      const stripe: Stripe = factory(payments.publishableKey ?? '',
        payments.stripeAccountId ? { stripeAccount: payments.stripeAccountId } : undefined);
      const made = stripe.elements({
        mode: 'payment', amount: Math.max(startAmount.current ?? 0, 1), currency: currency.toLowerCase(),
        captureMethod: 'manual', paymentMethodCreation: 'manual', paymentMethodTypes: ['card'],
      });
      const element = made.create('payment');
      element.mount(mount.current);
      destroy = () => element.destroy();
      elements.current = made;
      setState('ready');
      onReadyRef.current({
        async createPaymentMethod() {
          const submitted = await made.submit();
          if (submitted.error) return undefined;
          const created = await stripe.createPaymentMethod({ elements: made });
          return created.paymentMethod?.id;
        },
        async handleNextAction(clientSecret: string) {
          // Its outcome is not read here: Chit asks the card network afterwards, which knows.
          await stripe.handleNextAction({ clientSecret });
        },
      });
    }).catch(() => {
      // The script did not load, or Stripe refused the key: the guest cannot pay by card here.
      if (!gone) setState('failed');
    });
    return () => {
      gone = true;
      destroy?.();
      onReadyRef.current(undefined);
    };
  }, [payments.scriptUrl, payments.publishableKey, payments.stripeAccountId, currency]);

  useEffect(() => {
    if (amount !== undefined && amount > 0) elements.current?.update({ amount });
  }, [amount, state]);

  return (
    <div className="stripe-card">
      {state === 'loading' && <p className="muted small">{strings.checkout.cardFormLoading}</p>}
      {state === 'failed' && <Alert tone="error">{strings.checkout.cardFormFailed}</Alert>}
      <div ref={mount} />
    </div>
  );
}
