import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { QueryProblem } from '../../components/QueryProblem';
import { portalApi } from '../../lib/api/portal';
import type { Restaurant, SettingsPatch } from '../../lib/api/portalTypes';
import { formatTime } from '../../lib/format';
import { strings } from '../../lib/strings';
import { useNow } from '../../lib/useNow';

const t = strings.portal.store;
const PAUSES = [15, 30, 60];

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** Whether the store takes orders, pauses and busy mode, and the kitchen's numbers. */
export function StorePage({ restaurant, manager }: { restaurant: Restaurant; manager: boolean }) {
  const queryClient = useQueryClient();
  const now = useNow(15_000);
  const change = useMutation({
    mutationFn: (patch: SettingsPatch) => portalApi.changeSettings(restaurant.id, patch),
    onSuccess: (changed) => queryClient.setQueryData(['restaurant', restaurant.id], changed),
  });
  const paused = restaurant.pausedUntil && Date.parse(restaurant.pausedUntil) > now ? restaurant.pausedUntil : undefined;
  const busy = restaurant.busyUntil && Date.parse(restaurant.busyUntil) > now && restaurant.busyExtraMinutes > 0 ? restaurant.busyUntil : undefined;
  const tz = restaurant.timezone;
  const [until, setUntil] = useState('');
  const [busyExtra, setBusyExtra] = useState('15');
  const [busyFor, setBusyFor] = useState('60');
  const [form, setForm] = useState({
    capacityPerSlot: restaurant.capacityPerSlot == null ? '' : String(restaurant.capacityPerSlot),
    defaultPrepMinutes: String(restaurant.defaultPrepMinutes),
    acceptTimeoutMinutes: String(restaurant.acceptTimeoutMinutes),
    dueSoonMinutes: String(restaurant.dueSoonMinutes),
    lateAfterMinutes: String(restaurant.lateAfterMinutes),
  });
  const fieldError = (name: string) =>
    change.error && 'problem' in change.error ? (change.error as { problem: { errors?: { field: string; message: string }[] } }).problem.errors?.find((e) => e.field === name)?.message : undefined;

  const state = !restaurant.acceptingOrders ? t.closed : paused ? t.pausedUntil(formatTime(paused, tz)) : t.open;
  const off = !manager || change.isPending;

  return (
    <main className="page page--wide store">
      <h1 className="page__title">{t.title}</h1>
      {!manager && <Alert tone="info">{t.managersOnly}</Alert>}
      <section className="panel" aria-labelledby="store-now">
        <h2 id="store-now" className="section-title">{t.state}</h2>
        <p className={`store__state ${restaurant.acceptingOrders && !paused ? 'store__state--open' : 'store__state--closed'}`} role="status">
          {state}{busy && ` · ${t.busyUntil(restaurant.busyExtraMinutes, formatTime(busy, tz))}`}
        </p>
        <label className="switch">
          <input type="checkbox" checked={restaurant.acceptingOrders} disabled={off}
            onChange={(e) => change.mutate({ acceptingOrders: e.target.checked })} />
          <span>{t.accepting}</span>
        </label>
        <label className="switch">
          <input type="checkbox" checked={restaurant.autoAccept} disabled={off} onChange={(e) => change.mutate({ autoAccept: e.target.checked })} />
          <span>{t.autoAccept}</span>
        </label>
      </section>

      <section className="panel" aria-labelledby="store-pause">
        <h2 id="store-pause" className="section-title">{t.pause}</h2>
        <div className="button-row">
          {PAUSES.map((minutes) => (
            <button key={minutes} type="button" className="button button--secondary" disabled={off}
              onClick={() => change.mutate({ pausedUntil: inMinutes(minutes) })}>{t.pauseFor(minutes)}</button>
          ))}
          {paused && <button type="button" className="button button--primary" disabled={off} onClick={() => change.mutate({ pausedUntil: null })}>{t.resume}</button>}
        </div>
        <div className="inline-form">
          <Field label={t.pauseUntil} type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} disabled={off} />
          <button type="button" className="button button--secondary" disabled={off || !until}
            onClick={() => change.mutate({ pausedUntil: new Date(until).toISOString() })}>{t.pauseUntilSubmit}</button>
        </div>
      </section>

      <section className="panel" aria-labelledby="store-busy">
        <h2 id="store-busy" className="section-title">{t.busy}</h2>
        <div className="inline-form">
          <Field label={t.busyExtra} type="number" min={1} max={240} value={busyExtra} onChange={(e) => setBusyExtra(e.target.value)} disabled={off} />
          <Field label={t.busyFor} type="number" min={1} max={720} value={busyFor} onChange={(e) => setBusyFor(e.target.value)} disabled={off} />
          <button type="button" className="button button--secondary" disabled={off}
            onClick={() => change.mutate({ busyExtraMinutes: Number(busyExtra), busyUntil: inMinutes(Number(busyFor)) })}>{t.busyStart}</button>
          {busy && <button type="button" className="button button--secondary" disabled={off} onClick={() => change.mutate({ busyUntil: null })}>{t.busyStop}</button>}
        </div>
      </section>

      <form className="panel" aria-labelledby="store-settings" onSubmit={(e) => {
        e.preventDefault();
        change.mutate({
          capacityPerSlot: form.capacityPerSlot.trim() === '' ? null : Number(form.capacityPerSlot),
          defaultPrepMinutes: Number(form.defaultPrepMinutes),
          acceptTimeoutMinutes: Number(form.acceptTimeoutMinutes),
          dueSoonMinutes: Number(form.dueSoonMinutes),
          lateAfterMinutes: Number(form.lateAfterMinutes),
        });
      }}>
        <h2 id="store-settings" className="section-title">{t.settings}</h2>
        <div className="settings-grid">
          {([
            ['capacityPerSlot', t.capacity],
            ['defaultPrepMinutes', t.defaultPrep],
            ['acceptTimeoutMinutes', t.acceptTimeout],
            ['dueSoonMinutes', t.dueSoon],
            ['lateAfterMinutes', t.lateAfter],
          ] as const).map(([name, label]) => (
            <Field key={name} label={label} type="number" inputMode="numeric" value={form[name]} disabled={!manager}
              error={fieldError(name)} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
          ))}
        </div>
        <button type="submit" className="button button--primary" disabled={off}>{t.save}</button>
        {change.isSuccess && <span className="saved" role="status">{t.saved}</span>}
      </form>
      {change.isError && <QueryProblem error={change.error} />}
    </main>
  );
}
