import type { LiveFrame } from './api/types';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'closed';

export interface LiveOptions {
  /** Path and query of the socket, e.g. `/ws/orders/{id}?token=...` (without `afterSeq`). */
  path: string;
  onFrame: (frame: LiveFrame) => void;
  onStatus: (status: LiveStatus, closeCode?: number) => void;
  /** Codes after which reconnecting cannot help (4401 not signed in, 4403 not allowed). */
  finalCodes?: readonly number[];
  socketFactory?: (url: string) => WebSocket;
}

const DEFAULT_FINAL_CODES = [4401, 4403];
const MAX_BACKOFF_MS = 15_000;
/** "Service restart": the server is stopping and another instance is taking over. */
const SERVICE_RESTART = 1012;
/** After a restart every board comes back at once, spread over this much so they do not all knock together. */
const RESTART_SPREAD_MS = 250;

/**
 * A live socket of API.md "Live updates" that keeps itself connected. It remembers the highest
 * `seq` it passed on and reconnects with `?afterSeq=` so the server replays what was missed;
 * frames at or below that `seq` (a replay overlapping a snapshot) are dropped here, so the
 * caller's reducer sees each event once, in order.
 */
export class LiveConnection {
  private socket: WebSocket | undefined;
  private lastSeq: number | undefined;
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private readonly options: LiveOptions;

  constructor(options: LiveOptions) {
    this.options = options;
  }

  start(): void {
    this.stopped = false;
    this.open();
    window.addEventListener('online', this.reconnectNow);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    window.removeEventListener('online', this.reconnectNow);
    this.socket?.close(1000);
    this.socket = undefined;
    this.options.onStatus('closed');
  }

  /** The URL of the next connection: with `afterSeq` once anything was received. */
  url(): string {
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const separator = this.options.path.includes('?') ? '&' : '?';
    const resume = this.lastSeq === undefined ? '' : `${separator}afterSeq=${this.lastSeq}`;
    return `${scheme}//${window.location.host}${this.options.path}${resume}`;
  }

  private open(): void {
    this.options.onStatus(this.attempts === 0 ? 'connecting' : 'reconnecting');
    const factory = this.options.socketFactory ?? ((url: string) => new WebSocket(url));
    const socket = factory(this.url());
    this.socket = socket;
    socket.onopen = () => {
      this.attempts = 0;
      this.options.onStatus('live');
    };
    socket.onmessage = (message) => this.receive(String(message.data));
    socket.onclose = (event) => {
      if (this.socket !== socket || this.stopped) return;
      const final = (this.options.finalCodes ?? DEFAULT_FINAL_CODES).includes(event.code);
      if (final) {
        this.options.onStatus('closed', event.code);
        return;
      }
      if (event.code === SERVICE_RESTART) {
        this.attempts = 0;
        this.scheduleReconnect(Math.random() * RESTART_SPREAD_MS);
        return;
      }
      this.scheduleReconnect();
    };
  }

  private receive(text: string): void {
    let frame: LiveFrame;
    try {
      frame = JSON.parse(text) as LiveFrame;
    } catch {
      return;
    }
    if ('seq' in frame) {
      if (frame.type !== 'snapshot' && this.lastSeq !== undefined && frame.seq <= this.lastSeq) return;
      this.lastSeq = frame.type === 'snapshot' ? frame.seq : Math.max(frame.seq, this.lastSeq ?? frame.seq);
    }
    this.options.onFrame(frame);
  }

  private scheduleReconnect(
    delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.attempts) * (0.75 + Math.random() * 0.5),
  ): void {
    this.options.onStatus('reconnecting');
    this.attempts += 1;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  private readonly reconnectNow = (): void => {
    if (this.stopped || this.socket?.readyState === WebSocket.OPEN) return;
    clearTimeout(this.retryTimer);
    this.socket?.close();
    this.open();
  };
}
