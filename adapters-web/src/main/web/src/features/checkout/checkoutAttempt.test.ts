import { NetworkError, ProblemError } from '../../lib/api/client';
import { api } from '../../lib/api/endpoints';
import { CheckoutAttempt } from './checkoutAttempt';

const order = { restaurantId: 'r1', lines: [{ menuItemId: 'm1', quantity: 1, optionIds: [] }], payment: { method: 'card', token: 'tok_visa' } };

function recordingFetch(answers: (() => Response | Promise<Response>)[]) {
  const keys: string[] = [];
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    keys.push((init.headers as Record<string, string>)['Idempotency-Key']!);
    const answer = answers.shift();
    if (!answer) throw new TypeError('no more answers');
    return answer();
  });
  vi.stubGlobal('fetch', fetchMock);
  return keys;
}

const placed = () => new Response(JSON.stringify({ id: 'o1', number: 7 }), { status: 201, headers: { 'Content-Type': 'application/json' } });
const problem = (status: number, type: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type, title: 't', status, requestId: 'x', errors: [{ field: 'payment', code: 'card_declined', message: 'declined' }] }),
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

afterEach(() => vi.unstubAllGlobals());

describe('one idempotency key per checkout attempt', () => {
  it('a retry after a dropped connection sends the same key, and the order is placed once', async () => {
    const keys = recordingFetch([() => Promise.reject(new TypeError('connection reset')), placed]);
    const attempt = new CheckoutAttempt('r1');
    await expect(attempt.place(order, (body, key) => api.placeOrder(body as never, key))).rejects.toBeInstanceOf(NetworkError);
    await expect(attempt.place(order, (body, key) => api.placeOrder(body as never, key))).resolves.toMatchObject({ number: 7 });
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('a double click joins the request that is out instead of sending another', async () => {
    let release: (r: Response) => void = () => {};
    const keys = recordingFetch([() => new Promise<Response>((resolve) => { release = resolve; })]);
    const attempt = new CheckoutAttempt('r1');
    const first = attempt.place(order, (body, key) => api.placeOrder(body as never, key));
    const second = attempt.place(order, (body, key) => api.placeOrder(body as never, key));
    await vi.waitFor(() => expect(keys).toHaveLength(1));
    release(placed());
    await expect(first).resolves.toMatchObject({ id: 'o1' });
    await expect(second).resolves.toMatchObject({ id: 'o1' });
    expect(keys).toHaveLength(1);
  });

  it('another card after a decline is a new attempt with a new key', async () => {
    const keys = recordingFetch([() => problem(402, '/problems/payment-declined'), placed]);
    const attempt = new CheckoutAttempt('r1');
    await expect(attempt.place(order, (body, key) => api.placeOrder(body as never, key))).rejects.toBeInstanceOf(ProblemError);
    const otherCard = { ...order, payment: { method: 'card', token: 'tok_visa2' } };
    await attempt.place(otherCard, (body, key) => api.placeOrder(body as never, key));
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('waits out a request still in progress and asks again with the same key', async () => {
    const keys = recordingFetch([() => problem(409, '/problems/request-in-progress', { 'Retry-After': '2' }), placed]);
    const pauses: number[] = [];
    const attempt = new CheckoutAttempt('r1', { pause: async (s) => { pauses.push(s); } });
    await expect(attempt.place(order, (body, key) => api.placeOrder(body as never, key))).resolves.toMatchObject({ id: 'o1' });
    expect(pauses).toEqual([2]);
    expect(keys[1]).toBe(keys[0]);
  });

  it('keeps the key across a reload of the page, and forgets it once the order is placed', async () => {
    const keys = recordingFetch([() => Promise.reject(new TypeError('offline')), placed, placed]);
    await new CheckoutAttempt('r1').place(order, (b, k) => api.placeOrder(b as never, k)).catch(() => undefined);
    await new CheckoutAttempt('r1').place(order, (b, k) => api.placeOrder(b as never, k));
    await new CheckoutAttempt('r1').place(order, (b, k) => api.placeOrder(b as never, k));
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[1]);
  });
});
