import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { strings } from '../../lib/strings';

/**
 * The sandbox's stand-in for the bank's 3-D Secure page: the guest passes ("Complete") or fails
 * ("Fail") the check. Closing it fails the check, as closing a bank's challenge does.
 */
export function SandboxChallenge({ onAnswer }: { onAnswer: (passed: boolean) => Promise<void> }) {
  const [answering, setAnswering] = useState(false);
  async function answer(passed: boolean) {
    if (answering) return;
    setAnswering(true);
    await onAnswer(passed);
  }
  return (
    <Dialog title={strings.checkout.challenge.title} onClose={() => answer(false)}
            footer={
              <>
                <button type="button" className="button button--secondary" onClick={() => answer(false)} disabled={answering}>
                  {strings.checkout.challenge.fail}
                </button>
                <button type="button" className="button button--primary" onClick={() => answer(true)} disabled={answering}
                        data-autofocus>
                  {strings.checkout.challenge.complete}
                </button>
              </>
            }>
      <p>{strings.checkout.challenge.explain}</p>
      <p className="muted small">{strings.checkout.challenge.sandbox}</p>
    </Dialog>
  );
}
