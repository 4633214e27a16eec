import { ProblemError } from '../../lib/api/client';

const IN_PROGRESS = '/problems/request-in-progress';
const MAX_IN_PROGRESS_WAITS = 5;

/** A random UUID, also where crypto.randomUUID is missing (plain HTTP off localhost). */
export function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const wait = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * One checkout attempt's `Idempotency-Key`. The same order (the same body) keeps its key across
 * retries, double clicks and a reload, so a dropped answer never places it twice; a changed order
 * (another card after a decline, a new tip) is a new attempt with a new key, since the server
 * refuses a key reused with another body. While a request is out, placing again joins it.
 */
export class CheckoutAttempt {
  private inFlight: Promise<unknown> | undefined;
  private readonly storage: Storage | undefined;
  private readonly storageKey: string;
  private readonly newKey: () => string;
  private readonly pause: (seconds: number) => Promise<unknown>;

  constructor(restaurantId: string, options: { storage?: Storage; newKey?: () => string; pause?: (s: number) => Promise<unknown> } = {}) {
    this.storage = options.storage ?? safeSessionStorage();
    this.storageKey = `chit.checkout.${restaurantId}`;
    this.newKey = options.newKey ?? randomKey;
    this.pause = options.pause ?? wait;
  }

  keyFor(body: unknown): string {
    const fingerprint = JSON.stringify(body);
    const saved = this.read();
    if (saved && saved.fingerprint === fingerprint) return saved.key;
    const key = this.newKey();
    this.write({ fingerprint, key });
    return key;
  }

  place<T>(body: unknown, send: (body: unknown, key: string) => Promise<T>): Promise<T> {
    if (this.inFlight) return this.inFlight as Promise<T>;
    const key = this.keyFor(body);
    const attempt = this.sendWaitingOut(() => send(body, key)).then((placed) => {
      this.forget();
      return placed;
    });
    this.inFlight = attempt;
    const clear = () => {
      if (this.inFlight === attempt) this.inFlight = undefined;
    };
    attempt.then(clear, clear);
    return attempt;
  }

  /** The first request still runs on the server (409 in progress): wait as told, ask again. */
  private async sendWaitingOut<T>(send: () => Promise<T>): Promise<T> {
    for (let waits = 0; ; waits++) {
      try {
        return await send();
      } catch (error) {
        const inProgress = error instanceof ProblemError && error.problem.type === IN_PROGRESS;
        if (!inProgress || waits >= MAX_IN_PROGRESS_WAITS) throw error;
        await this.pause(error.retryAfterSeconds ?? 1);
      }
    }
  }

  // Kept in sessionStorage, so a reload in the middle of placing keeps the key; in memory when
  // the browser has no storage, which still covers retries and double clicks.
  private memory: { fingerprint: string; key: string } | undefined;

  private read(): { fingerprint: string; key: string } | undefined {
    try {
      const text = this.storage?.getItem(this.storageKey);
      if (text) return JSON.parse(text);
    } catch {
      // fall back to memory
    }
    return this.memory;
  }

  private write(value: { fingerprint: string; key: string }): void {
    this.memory = value;
    try {
      this.storage?.setItem(this.storageKey, JSON.stringify(value));
    } catch {
      // memory only
    }
  }

  private forget(): void {
    this.memory = undefined;
    try {
      this.storage?.removeItem(this.storageKey);
    } catch {
      // nothing kept
    }
  }
}

function safeSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
