import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

export function renderWithQueries(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}

type Answer = { status: number; body: unknown };

/** A fetch that answers by method and path, recording what it was asked. */
export function fakeServer(routes: Record<string, (body: unknown, headers: Record<string, string>) => Answer>) {
  const calls: { method: string; path: string; body: unknown; headers: Record<string, string> }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const path = url.replace(/\?.*$/, '');
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    const headers = (init.headers ?? {}) as Record<string, string>;
    calls.push({ method, path, body, headers });
    const route = routes[`${method} ${path}`];
    const answer = route ? route(body, headers) : { status: 404, body: { type: '/problems/not-found', title: 'Not found', status: 404, requestId: 'r' } };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': answer.status < 300 ? 'application/json' : 'application/problem+json' },
    });
  }));
  return calls;
}
