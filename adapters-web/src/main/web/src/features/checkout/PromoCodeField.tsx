import { useState } from 'react';
import { Field } from '../../components/Field';
import type { FieldError } from '../../lib/api/types';
import { strings } from '../../lib/strings';

interface PromoCodeFieldProps {
  /** The code the quote is asked with, if any. */
  applied: string | undefined;
  /** Why the server refused it, in words. */
  error: string | undefined;
  onApply: (code: string) => void;
  onRemove: () => void;
}

/**
 * The guest's promo code: typed, then applied to the quote (not on every key, which would ask
 * the server about half a code). Enter applies it rather than placing the order.
 */
export function PromoCodeField({ applied, error, onApply, onRemove }: PromoCodeFieldProps) {
  const [typed, setTyped] = useState(applied ?? '');
  const code = typed.trim();

  function apply() {
    if (code !== '') onApply(code);
  }

  return (
    <div className="promo-code">
      <Field label={strings.promo.label} value={typed} maxLength={40} autoComplete="off" autoCapitalize="characters"
             spellCheck={false} error={error}
             hint={applied && !error ? strings.promo.applied(applied) : undefined}
             onChange={(e) => setTyped(e.target.value)}
             onKeyDown={(e) => {
               if (e.key === 'Enter') {
                 e.preventDefault();
                 apply();
               }
             }} />
      <div className="promo-code__actions">
        <button type="button" className="button button--secondary" onClick={apply} disabled={code === '' || code === applied}>
          {strings.promo.apply}
        </button>
        {applied && (
          <button type="button" className="button button--secondary" onClick={() => { setTyped(''); onRemove(); }}>
            {strings.promo.remove}
          </button>
        )}
      </div>
    </div>
  );
}

/** A refusal of the code in the guest's words; the server's message for a reason the app does not know. */
export function describePromoRefusal(error: FieldError): string {
  const reasons: Record<string, string> = strings.promo.refusals;
  return (error.code && reasons[error.code]) || error.message;
}
