import type { Problem } from './types';

/** A problem document the server answered with (or one made here for a fault without one). */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The request never got an answer (offline, connection dropped): safe to retry as it was. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network', { cause });
    this.name = 'NetworkError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** A body that is not JSON (a photo), sent as its own type. */
  upload?: Blob;
}

export const API_BASE = '/api/v1';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The portal's double-submit CSRF token: the `chit_csrf` cookie the sign-in set, if any. */
export function csrfToken(): string | undefined {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('chit_csrf='));
  return cookie ? decodeURIComponent(cookie.slice('chit_csrf='.length)) : undefined;
}

let onUnauthenticated: ((path: string) => void) | undefined;

/** What to do when a call answers 401 (the portal returns to its sign-in); the guest app sets none. */
export function whenUnauthenticated(handler: ((path: string) => void) | undefined): void {
  onUnauthenticated = handler;
}

/**
 * One call to the API. JSON in and out; any non-2xx becomes a {@link ProblemError} carrying the
 * server's problem document, so callers branch on `problem.type`, never on text.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.upload !== undefined) headers['Content-Type'] = options.upload.type;
  const csrf = UNSAFE.has(options.method ?? 'GET') ? csrfToken() : undefined;
  if (csrf) headers['X-CSRF-Token'] = csrf;
  let response: Response;
  try {
    response = await fetch(API_BASE + path, {
      method: options.method ?? 'GET',
      headers,
      body: options.upload ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new NetworkError(cause);
  }
  if (response.ok) {
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
  if (response.status === 401) onUnauthenticated?.(path);
  throw new ProblemError(await problemOf(response), retryAfter(response));
}

/** Fetches a document (receipt HTML or PDF) that needs headers a plain link cannot send. */
export async function download(path: string, headers: Record<string, string>): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(API_BASE + path, { headers });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  if (!response.ok) throw new ProblemError(await problemOf(response));
  return response.blob();
}

async function problemOf(response: Response): Promise<Problem> {
  const requestId = response.headers.get('X-Request-Id') ?? '';
  try {
    const body = (await response.json()) as Problem;
    if (body && typeof body.type === 'string') return body;
  } catch {
    // Not a problem document (a proxy's error page): describe the status instead.
  }
  return { type: '/problems/internal', title: response.statusText || 'Error', status: response.status, requestId };
}

function retryAfter(response: Response): number | undefined {
  const value = Number(response.headers.get('Retry-After'));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}
