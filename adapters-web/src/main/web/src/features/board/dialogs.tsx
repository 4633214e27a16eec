import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { currencyDecimals, formatMoney, parseMinorUnits } from '../../lib/format';
import { refundable } from '../../lib/orderMoves';
import { strings } from '../../lib/strings';
import type { Order } from '../../lib/api/types';

const t = strings.portal;
const PREP_CHOICES = [5, 10, 15, 20, 25, 30, 45, 60];

/** The prep time the server would promise if asked now: what it quoted the guest, from now. */
export function proposedMinutes(order: Order, now: number, fallback: number): number {
  const minutes = Math.round((Date.parse(order.estimatedReadyAt) - now) / 60_000);
  return minutes >= 1 && minutes <= 240 ? minutes : fallback;
}

export function AcceptDialog({ order, proposal, onAccept, onClose }: {
  order: Order;
  proposal: number;
  /** undefined: the server's capacity-aware proposal (no prepMinutes sent). */
  onAccept: (prepMinutes: number | undefined) => void;
  onClose: () => void;
}) {
  const [choice, setChoice] = useState<'proposal' | number | 'custom'>('proposal');
  const [custom, setCustom] = useState('');
  const customMinutes = Number(custom);
  const valid = choice !== 'custom' || (Number.isInteger(customMinutes) && customMinutes >= 1 && customMinutes <= 240);
  const minutes = choice === 'proposal' ? proposal : choice === 'custom' ? customMinutes : choice;
  return (
    <Dialog
      title={t.accept.title(order.number)}
      onClose={onClose}
      footer={
        <button type="button" className="button button--primary button--block" disabled={!valid}
          onClick={() => onAccept(choice === 'proposal' ? undefined : minutes)}>
          {choice === 'proposal' ? t.accept.submitProposal : t.accept.submit(minutes)}
        </button>
      }
    >
      <fieldset className="choices">
        <legend className="field__label">{t.accept.prepTime}</legend>
        <label className={`chip ${choice === 'proposal' ? 'chip--on' : ''}`}>
          <input type="radio" name="prep" checked={choice === 'proposal'} onChange={() => setChoice('proposal')} data-autofocus />
          {t.accept.proposal(proposal)}
        </label>
        {PREP_CHOICES.map((m) => (
          <label key={m} className={`chip ${choice === m ? 'chip--on' : ''}`}>
            <input type="radio" name="prep" checked={choice === m} onChange={() => setChoice(m)} />
            {t.accept.minutes(m)}
          </label>
        ))}
        <label className={`chip ${choice === 'custom' ? 'chip--on' : ''}`}>
          <input type="radio" name="prep" checked={choice === 'custom'} onChange={() => setChoice('custom')} />
          {t.accept.custom}
        </label>
      </fieldset>
      {choice === 'custom' && (
        <Field label={t.accept.custom} type="number" min={1} max={240} inputMode="numeric" value={custom}
          onChange={(e) => setCustom(e.target.value)} />
      )}
    </Dialog>
  );
}

const REASONS = ['too_busy', 'item_unavailable', 'closing_soon', 'other'] as const;

export function RejectDialog({ order, onReject, onClose }: {
  order: Order;
  onReject: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState<(typeof REASONS)[number]>('too_busy');
  const [other, setOther] = useState('');
  const text = reason === 'other' ? other.trim() : t.reject.reasons[reason]!;
  return (
    <Dialog title={t.reject.title(order.number)} onClose={onClose}
      footer={
        <button type="button" className="button button--danger button--block" disabled={!text} onClick={() => onReject(text)}>
          {t.reject.submit}
        </button>
      }>
      <fieldset className="choices choices--stack">
        <legend className="field__label">{t.reject.reason}</legend>
        {REASONS.map((code) => (
          <label key={code} className={`chip ${reason === code ? 'chip--on' : ''}`}>
            <input type="radio" name="reason" checked={reason === code} onChange={() => setReason(code)}
              data-autofocus={code === 'too_busy' ? true : undefined} />
            {t.reject.reasons[code]}
          </label>
        ))}
      </fieldset>
      {reason === 'other' && <Field label={t.reject.other} value={other} maxLength={500} onChange={(e) => setOther(e.target.value)} />}
    </Dialog>
  );
}

export function CancelDialog({ order, onCancel, onClose }: {
  order: Order;
  onCancel: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <Dialog title={t.cancel.title(order.number)} onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--secondary button--grow" onClick={onClose}>{t.cancel.keep}</button>
          <button type="button" className="button button--danger button--grow" disabled={!reason.trim()} onClick={() => onCancel(reason.trim())}>
            {t.cancel.submit}
          </button>
        </>
      }>
      <Field label={t.cancel.reason} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} data-autofocus />
    </Dialog>
  );
}

export function RefundDialog({ order, onRefund, onClose }: {
  order: Order;
  onRefund: (amount: number, reason: string) => void;
  onClose: () => void;
}) {
  const max = refundable(order);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const minor = parseMinorUnits(amount, order.currency);
  const valid = minor !== undefined && minor > 0 && minor <= max && reason.trim().length > 0;
  return (
    <Dialog title={t.refund.title(order.number)} onClose={onClose}
      footer={
        <button type="button" className="button button--danger button--block" disabled={!valid}
          onClick={() => valid && onRefund(minor!, reason.trim())}>
          {t.refund.submit(formatMoney(minor ?? 0, order.currency))}
        </button>
      }>
      <Field label={t.refund.amount} inputMode="decimal" value={amount} hint={t.refund.amountHint(formatMoney(max, order.currency))}
        error={amount && !(minor !== undefined && minor > 0 && minor <= max) ? t.refund.invalid : undefined}
        onChange={(e) => setAmount(e.target.value)} data-autofocus />
      <button type="button" className="button button--secondary" onClick={() => setAmount((max / 10 ** currencyDecimals(order.currency)).toFixed(currencyDecimals(order.currency)))}>
        {t.refund.all}
      </button>
      <Field label={t.refund.reason} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
    </Dialog>
  );
}

export function ConflictDialog({ order, statusLabel, onClose }: { order: Order; statusLabel: string; onClose: () => void }) {
  return (
    <Dialog title={t.conflict.title} onClose={onClose}
      footer={<button type="button" className="button button--primary button--block" onClick={onClose} data-autofocus>{t.conflict.ok}</button>}>
      <p role="alert">{t.conflict.body(order.number, statusLabel)}</p>
    </Dialog>
  );
}
