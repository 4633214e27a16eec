import type { LiveFrame, Order } from './api/types';
import { LiveConnection, type LiveStatus } from './live';

class FakeSocket {
  static opened: FakeSocket[] = [];
  readyState = 0;
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: string }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.opened.push(this);
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  send(frame: object) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
  close() {
    this.readyState = 3;
  }
}

const order = { id: 'o1', version: 0 } as Order;

function connect() {
  FakeSocket.opened = [];
  const frames: LiveFrame[] = [];
  const statuses: LiveStatus[] = [];
  const live = new LiveConnection({
    path: '/ws/orders/o1?token=t',
    onFrame: (frame) => frames.push(frame),
    onStatus: (status) => statuses.push(status),
    socketFactory: (url) => new FakeSocket(url) as unknown as WebSocket,
  });
  live.start();
  return { live, frames, statuses };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the live connection', () => {
  it('resumes after a drop with afterSeq of the last event it passed on', () => {
    const { live, frames, statuses } = connect();
    const first = FakeSocket.opened[0]!;
    expect(first.url).toBe('ws://localhost:3000/ws/orders/o1?token=t');
    first.open();
    first.send({ type: 'snapshot', seq: 40, orders: [order] });
    first.send({ type: 'order.updated', seq: 41, order });
    first.drop();
    expect(statuses.at(-1)).toBe('reconnecting');
    vi.advanceTimersByTime(20_000);
    const second = FakeSocket.opened[1]!;
    expect(second.url).toBe('ws://localhost:3000/ws/orders/o1?token=t&afterSeq=41');
    second.open();
    expect(statuses.at(-1)).toBe('live');
    // A replay that overlaps what was had: passed on once.
    second.send({ type: 'order.updated', seq: 41, order });
    second.send({ type: 'order.updated', seq: 42, order });
    expect(frames.map((frame) => ('seq' in frame ? frame.seq : -1))).toEqual([40, 41, 42]);
    live.stop();
  });

  it('comes back at once when the server restarts (1012), resuming after the last event', () => {
    const { live, statuses } = connect();
    const first = FakeSocket.opened[0]!;
    first.open();
    first.send({ type: 'snapshot', seq: 7, orders: [order] });
    first.drop(1012);
    expect(statuses.at(-1)).toBe('reconnecting');
    vi.advanceTimersByTime(250);
    expect(FakeSocket.opened).toHaveLength(2);
    expect(FakeSocket.opened[1]!.url).toBe('ws://localhost:3000/ws/orders/o1?token=t&afterSeq=7');
    live.stop();
  });

  it('gives up on a refusal (4403) instead of knocking forever', () => {
    const { statuses } = connect();
    FakeSocket.opened[0]!.drop(4403);
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.opened).toHaveLength(1);
    expect(statuses.at(-1)).toBe('closed');
  });

  it('ignores a frame it cannot read', () => {
    const { frames } = connect();
    FakeSocket.opened[0]!.onmessage?.({ data: 'not json' });
    expect(frames).toEqual([]);
  });
});
