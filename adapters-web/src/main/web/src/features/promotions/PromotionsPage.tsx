import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Field } from '../../components/Field';
import { QueryProblem } from '../../components/QueryProblem';
import { ProblemError } from '../../lib/api/client';
import { portalApi } from '../../lib/api/portal';
import { placeErrors } from '../../lib/api/problems';
import type { Promotion, PromotionKind, PromotionTerms, Restaurant } from '../../lib/api/portalTypes';
import { formatDayTime, formatMoney, parseMinorUnits } from '../../lib/format';
import { strings } from '../../lib/strings';

const t = strings.portal.promotions;
const FIELDS = ['code', 'kind', 'value', 'minSubtotal', 'startsAt', 'endsAt', 'maxRedemptions', 'maxPerCustomer'];

interface Draft {
  code: string;
  kind: PromotionKind;
  value: string;
  minSubtotal: string;
  startsAt: string;
  endsAt: string;
  maxRedemptions: string;
  maxPerCustomer: string;
  firstOrderOnly: boolean;
}

const blank: Draft = {
  code: '', kind: 'PERCENT', value: '', minSubtotal: '', startsAt: '', endsAt: '', maxRedemptions: '', maxPerCustomer: '',
  firstOrderOnly: false,
};

/** The restaurant's promo codes: how often each was redeemed; create, pause or resume, delete. */
export function PromotionsPage({ restaurant }: { restaurant: Restaurant }) {
  const queryClient = useQueryClient();
  const key = ['promotions', restaurant.id];
  const promotions = useQuery({ queryKey: key, queryFn: ({ signal }) => portalApi.promotions(restaurant.id, signal) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const create = useMutation({
    mutationFn: (terms: PromotionTerms) => portalApi.createPromotion(restaurant.id, terms),
    onSuccess: () => {
      setDraft(blank);
      refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: (promotion: Promotion) => portalApi.changePromotion(restaurant.id, promotion.id, { active: !promotion.active }),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => portalApi.deletePromotion(restaurant.id, id), onSuccess: refresh });
  const [draft, setDraft] = useState<Draft>(blank);
  const [typos, setTypos] = useState<Record<string, string>>({});
  const money = (amount: number) => formatMoney(amount, restaurant.currency);
  const serverErrors = create.error instanceof ProblemError ? placeErrors(create.error.problem, FIELDS).fields : {};
  const fieldError = (field: string) => typos[field] ?? serverErrors[field];

  function submit(event: FormEvent) {
    event.preventDefault();
    const read = termsOf(draft, restaurant.currency);
    setTypos(read.typos);
    if (Object.keys(read.typos).length === 0) create.mutate(read.terms);
  }

  function describe(promotion: Promotion): string {
    return promotion.kind === 'PERCENT' ? t.percentOff(promotion.value) : t.amountOff(money(promotion.value));
  }

  function conditions(promotion: Promotion): string[] {
    const zone = restaurant.timezone;
    return [
      promotion.minSubtotal != null ? t.minSubtotalShort(money(promotion.minSubtotal)) : '',
      promotion.startsAt ? t.from(formatDayTime(promotion.startsAt, zone)) : '',
      promotion.endsAt ? t.until(formatDayTime(promotion.endsAt, zone)) : '',
      promotion.maxPerCustomer != null ? t.perGuest(promotion.maxPerCustomer) : '',
      promotion.firstOrderOnly ? t.firstOrderOnlyShort : '',
    ].filter(Boolean);
  }

  const all = promotions.data?.items ?? [];
  return (
    <main className="page page--wide">
      <h1 className="page__title">{t.title}</h1>
      <p className="muted">{t.subtitle}</p>
      {promotions.isError && <QueryProblem error={promotions.error} onRetry={() => void promotions.refetch()} />}
      {(toggle.isError || remove.isError) && <QueryProblem error={toggle.error ?? remove.error} />}
      {promotions.data && all.length === 0 && <p>{t.none}</p>}
      {all.length > 0 && (
        <div className="table-wrap">
          <table className="orders-table promotions-table">
            <caption className="sr-only">{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.code}</th>
                <th scope="col">{t.discount}</th>
                <th scope="col">{t.conditions}</th>
                <th scope="col">{t.redemptions}</th>
                <th scope="col">{t.status}</th>
                <th scope="col"><span className="sr-only">{t.actions}</span></th>
              </tr>
            </thead>
            <tbody>
              {all.map((promotion) => (
                <tr key={promotion.id}>
                  <th scope="row"><code>{promotion.code}</code></th>
                  <td>{describe(promotion)}</td>
                  <td className="small">{conditions(promotion).join(' · ') || '—'}</td>
                  <td>{promotion.maxRedemptions != null
                    ? t.redeemedOf(promotion.redemptions, promotion.maxRedemptions) : String(promotion.redemptions)}</td>
                  <td>{promotion.active ? t.active : t.paused}</td>
                  <td className="promotions-table__actions">
                    <button type="button" className="button button--small button--secondary" disabled={toggle.isPending}
                      onClick={() => toggle.mutate(promotion)}>
                      {promotion.active ? t.pause(promotion.code) : t.resume(promotion.code)}
                    </button>
                    <button type="button" className="button button--small button--danger-quiet" disabled={remove.isPending}
                      onClick={() => {
                        if (window.confirm(t.deleteConfirm(promotion.code))) remove.mutate(promotion.id);
                      }}>
                      {t.delete(promotion.code)}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <form className="panel" onSubmit={submit} aria-labelledby="new-promotion-title" noValidate>
        <h2 id="new-promotion-title" className="section-title">{t.createTitle}</h2>
        {create.isError && Object.keys(serverErrors).length === 0 && <QueryProblem error={create.error} />}
        <div className="settings-grid">
          <Field label={t.code} required maxLength={40} autoComplete="off" value={draft.code} error={fieldError('code')}
            onChange={(e) => setDraft({ ...draft, code: e.target.value })} />
          <div className="field">
            <label className="field__label" htmlFor="promotion-kind">{t.kind}</label>
            <select id="promotion-kind" className="field__input" value={draft.kind}
              onChange={(e) => setDraft({ ...draft, kind: e.target.value as PromotionKind })}>
              <option value="PERCENT">{t.kinds.PERCENT}</option>
              <option value="AMOUNT">{t.kinds.AMOUNT}</option>
            </select>
          </div>
          <Field label={draft.kind === 'PERCENT' ? t.valuePercent : t.valueAmount(restaurant.currency)} required
            inputMode={draft.kind === 'PERCENT' ? 'numeric' : 'decimal'} value={draft.value} error={fieldError('value')}
            onChange={(e) => setDraft({ ...draft, value: e.target.value })} />
          <Field label={t.minSubtotal(restaurant.currency)} inputMode="decimal" value={draft.minSubtotal}
            error={fieldError('minSubtotal')} onChange={(e) => setDraft({ ...draft, minSubtotal: e.target.value })} />
          <Field label={t.startsAt} type="datetime-local" value={draft.startsAt} error={fieldError('startsAt')}
            onChange={(e) => setDraft({ ...draft, startsAt: e.target.value })} />
          <Field label={t.endsAt} type="datetime-local" value={draft.endsAt} error={fieldError('endsAt')}
            onChange={(e) => setDraft({ ...draft, endsAt: e.target.value })} />
          <Field label={t.maxRedemptions} inputMode="numeric" value={draft.maxRedemptions} error={fieldError('maxRedemptions')}
            onChange={(e) => setDraft({ ...draft, maxRedemptions: e.target.value })} />
          <Field label={t.maxPerCustomer} inputMode="numeric" value={draft.maxPerCustomer} error={fieldError('maxPerCustomer')}
            onChange={(e) => setDraft({ ...draft, maxPerCustomer: e.target.value })} />
        </div>
        <label className="switch">
          <input type="checkbox" checked={draft.firstOrderOnly}
            onChange={(e) => setDraft({ ...draft, firstOrderOnly: e.target.checked })} />
          {t.firstOrderOnly}
        </label>
        <button type="submit" className="button button--primary" disabled={!draft.code.trim() || create.isPending}>
          {t.create}
        </button>
      </form>
    </main>
  );
}

/** The draft as the API's terms; what cannot be read (a letter in an amount) is named here, not sent. */
export function termsOf(draft: Draft, currency: string): { terms: PromotionTerms; typos: Record<string, string> } {
  const typos: Record<string, string> = {};
  const whole = (field: string, text: string): number | null => {
    if (text.trim() === '') return null;
    if (!/^\d+$/.test(text.trim())) {
      typos[field] = t.wholeNumber;
      return null;
    }
    return Number(text.trim());
  };
  const amount = (field: string, text: string): number | null => {
    if (text.trim() === '') return null;
    const minor = parseMinorUnits(text, currency);
    if (minor === undefined) typos[field] = t.notAnAmount;
    return minor ?? null;
  };
  const instant = (text: string): string | null => (text ? new Date(text).toISOString() : null);
  const value = draft.kind === 'PERCENT' ? whole('value', draft.value) : amount('value', draft.value);
  if (value === null && !typos.value) typos.value = t.required;
  const terms: PromotionTerms = {
    code: draft.code.trim(),
    kind: draft.kind,
    value: value ?? 0,
    minSubtotal: amount('minSubtotal', draft.minSubtotal),
    startsAt: instant(draft.startsAt),
    endsAt: instant(draft.endsAt),
    maxRedemptions: whole('maxRedemptions', draft.maxRedemptions),
    maxPerCustomer: whole('maxPerCustomer', draft.maxPerCustomer),
    firstOrderOnly: draft.firstOrderOnly,
    active: true,
  };
  return { terms, typos };
}
