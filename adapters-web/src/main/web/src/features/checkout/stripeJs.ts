// Stripe.js, loaded at run time from the address the menu names (`payments.scriptUrl`): a script
// element added to the page, never inline script, so the pages' content security policy holds.
// Only the few calls the checkout makes are typed here. Stripe's own loader (@stripe/stripe-js)
// always loads from js.stripe.com; ours takes the configured address, so that browser tests can
// serve a stand-in on loopback.

export interface StripeError {
  type?: string;
  code?: string;
  message?: string;
}

export interface StripePaymentElement {
  mount(target: HTMLElement): void;
  destroy(): void;
}

export interface StripeElements {
  create(type: 'payment', options?: Record<string, unknown>): StripePaymentElement;
  update(options: Record<string, unknown>): void;
  submit(): Promise<{ error?: StripeError }>;
}

export interface Stripe {
  elements(options: Record<string, unknown>): StripeElements;
  createPaymentMethod(options: { elements: StripeElements }): Promise<{ paymentMethod?: { id: string }; error?: StripeError }>;
  handleNextAction(options: { clientSecret: string }): Promise<{ paymentIntent?: { status: string }; error?: StripeError }>;
}

type StripeFactory = (publishableKey: string, options?: { stripeAccount?: string }) => Stripe;

const loading = new Map<string, Promise<StripeFactory>>();

/** `Stripe` from the script at `scriptUrl`, added to the page once however often it is asked for. */
export function loadStripeJs(scriptUrl: string, doc: Document = document): Promise<StripeFactory> {
  const win = doc.defaultView as (Window & { Stripe?: StripeFactory }) | null;
  if (win?.Stripe) return Promise.resolve(win.Stripe);
  let loaded = loading.get(scriptUrl);
  if (!loaded) {
    loaded = new Promise<StripeFactory>((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = scriptUrl;
      script.async = true;
      script.addEventListener('load', () => (win?.Stripe ? resolve(win.Stripe) : reject(new Error('Stripe.js did not load'))));
      script.addEventListener('error', () => reject(new Error('Stripe.js did not load')));
      doc.head.appendChild(script);
    });
    // A failed load may be tried again (the guest's connection came back).
    loaded.catch(() => loading.delete(scriptUrl));
    loading.set(scriptUrl, loaded);
  }
  return loaded;
}
