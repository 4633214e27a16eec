import type { ReactNode } from 'react';

/** A message that matters now: errors are announced at once (role alert), notices politely. */
export function Alert({ tone, children }: { tone: 'error' | 'warning' | 'info' | 'success'; children: ReactNode }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
