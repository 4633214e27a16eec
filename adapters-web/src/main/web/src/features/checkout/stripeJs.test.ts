import { loadStripeJs } from './stripeJs';

afterEach(() => {
  document.head.querySelectorAll('script').forEach((script) => script.remove());
  delete (window as { Stripe?: unknown }).Stripe;
});

describe('loading Stripe.js', () => {
  it('adds one script element from the address given, however often it is asked for', async () => {
    const first = loadStripeJs('https://js.example.test/v3/');
    const second = loadStripeJs('https://js.example.test/v3/');
    const scripts = document.head.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.src).toBe('https://js.example.test/v3/');
    expect(scripts[0]!.textContent).toBe('');
    const factory = vi.fn();
    (window as { Stripe?: unknown }).Stripe = factory;
    scripts[0]!.dispatchEvent(new Event('load'));
    expect(await first).toBe(factory);
    expect(await second).toBe(factory);
  });

  it('a script that fails to load is an error, and may be tried again', async () => {
    const failed = loadStripeJs('https://js.example.test/broken/');
    document.head.querySelector('script')!.dispatchEvent(new Event('error'));
    await expect(failed).rejects.toThrow('Stripe.js did not load');
    loadStripeJs('https://js.example.test/broken/').catch(() => undefined);
    expect(document.head.querySelectorAll('script')).toHaveLength(2);
  });
});
