import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { QueryProblem } from '../../components/QueryProblem';
import { ProblemError } from '../../lib/api/client';
import { portalApi } from '../../lib/api/portal';
import type { OrderFilters, ReportSchedule, Restaurant, Summary } from '../../lib/api/portalTypes';
import type { OrderStatus } from '../../lib/api/types';
import { formatMoney, localDate, startOfLocalDay } from '../../lib/format';
import { strings } from '../../lib/strings';
import { BarChart } from './BarChart';

const t = strings.portal.reports;

/** A route the server does not have (an older server without exports and reports) answers 404. */
function missing(error: unknown): boolean {
  return error instanceof ProblemError && error.problem.status === 404;
}

/** Exports, the summary of a range with its charts, the report schedule and the reports it made. */
export function ReportsPage({ restaurant }: { restaurant: Restaurant }) {
  const today = localDate(new Date(), restaurant.timezone);
  const weekAgo = localDate(new Date(Date.now() - 6 * 86_400_000), restaurant.timezone);
  const [from, setFrom] = useState(weekAgo);
  const [to, setTo] = useState(today);
  const [range, setRange] = useState({ from: weekAgo, to: today });
  const summary = useQuery({
    queryKey: ['summary', restaurant.id, range],
    queryFn: ({ signal }) => portalApi.summary(restaurant.id, range.from, range.to, signal),
  });
  const reports = useQuery({ queryKey: ['reports', restaurant.id], queryFn: ({ signal }) => portalApi.reports(restaurant.id, signal) });
  const unavailable = missing(summary.error) && missing(reports.error);

  return (
    <main className="page page--wide reports">
      <h1 className="page__title">{t.title}</h1>
      {unavailable && <Alert tone="info">{t.unavailable}</Alert>}
      <ExportPanel restaurant={restaurant} from={from} to={to} />
      <section className="panel" aria-labelledby="summary-title">
        <h2 id="summary-title" className="section-title">{t.summary}</h2>
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); setRange({ from, to }); }}>
          <Field label={t.from} type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
          <Field label={t.to} type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
          <button type="submit" className="button button--secondary">{t.show}</button>
        </form>
        {summary.isError && !missing(summary.error) && <QueryProblem error={summary.error} />}
        {summary.data && <SummaryView summary={summary.data} />}
      </section>
      {!unavailable && <SchedulePanel restaurant={restaurant} />}
      <section className="panel" aria-labelledby="generated-title">
        <h2 id="generated-title" className="section-title">{t.generated}</h2>
        {reports.isError && !missing(reports.error) && <QueryProblem error={reports.error} />}
        {reports.data && reports.data.items.length === 0 && <p className="muted">{t.noneGenerated}</p>}
        <ul className="report-list">
          {reports.data?.items.map((report) => (
            <li key={report.id}>
              <span>{t.kind[report.kind] ?? report.kind} · {report.from}{report.to !== report.from ? ` – ${report.to}` : ''}</span>
              <span className="report-list__links">
                {report.formats.map((format) => (
                  <a key={format} href={portalApi.reportDownloadUrl(restaurant.id, report.id, format)} download>{format.toUpperCase()}</a>
                ))}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

/** The local date after `date` (YYYY-MM-DD): the export's `to` is exclusive, the range's last day is not. */
function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function ExportPanel({ restaurant, from, to }: { restaurant: Restaurant; from: string; to: string }) {
  const [format, setFormat] = useState('csv');
  const [rows, setRows] = useState('lines');
  const [status, setStatus] = useState('');
  const filters: OrderFilters = {
    from: startOfLocalDay(from, restaurant.timezone),
    to: startOfLocalDay(nextDay(to), restaurant.timezone),
    status: status ? [status as OrderStatus] : undefined,
  };
  const href = portalApi.exportUrl(restaurant.id, filters, format, format === 'csv' ? rows : undefined);
  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title" className="section-title">{t.export}</h2>
      <div className="inline-form">
        <div className="field">
          <label className="field__label" htmlFor="export-format">{t.format}</label>
          <select id="export-format" className="field__input" value={format} onChange={(e) => setFormat(e.target.value)}>
            {['csv', 'json', 'ndjson', 'pdf'].map((f) => <option key={f} value={f}>{f.toUpperCase()}</option>)}
          </select>
        </div>
        {format === 'csv' && (
          <div className="field">
            <label className="field__label" htmlFor="export-rows">{t.rows}</label>
            <select id="export-rows" className="field__input" value={rows} onChange={(e) => setRows(e.target.value)}>
              <option value="lines">{t.rowsLines}</option>
              <option value="orders">{t.rowsOrders}</option>
            </select>
          </div>
        )}
        <div className="field">
          <label className="field__label" htmlFor="export-status">{strings.portal.orders.status}</label>
          <select id="export-status" className="field__input" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{strings.portal.orders.any}</option>
            {(['COMPLETED', 'CANCELLED', 'REJECTED'] as const).map((s) => <option key={s} value={s}>{strings.tracking.steps[s]}</option>)}
          </select>
        </div>
        <a className="button button--primary" href={href} download>{t.download}</a>
      </div>
      <p className="muted small">{t.range}: {from} – {to}</p>
    </section>
  );
}

function SummaryView({ summary }: { summary: Summary }) {
  const money = (amount: number) => formatMoney(amount, summary.currency);
  const s = summary.sales;
  const figures: Array<[string, string]> = [
    [t.orders, String(s.orders)],
    [t.netSales, money(s.netSales)],
    [t.totalCollected, money(s.totalCollected)],
    [t.averageTicket, money(s.averageTicket)],
    [t.tips, money(s.tips)],
    [t.refunds, money(s.refunds)],
    [t.missed, String(summary.missedOrders)],
    [t.cancelled, String(summary.cancellations)],
    [t.averagePrep, summary.averagePrepMinutes == null ? '–' : `${Math.round(summary.averagePrepMinutes)} min`],
    [t.onTime, summary.readyOnTimeShare == null ? '–' : `${Math.round(summary.readyOnTimeShare * 100)} %`],
    ...(summary.stationSpeeds ?? []).map((station): [string, string] =>
      [t.stationSpeed(station.name), `${Math.round(station.averageMinutes)} min`]),
  ];
  const hours = Array.from({ length: 24 }, (_, h) => {
    const key = String(h).padStart(2, '0');
    const slice = summary.byHour.find((x) => x.key === key);
    return { label: key, value: slice?.netSales ?? 0 };
  }).filter((_, h, all) => h >= firstNonZero(all) && h <= lastNonZero(all));
  return (
    <div>
      <dl className="figures">
        {figures.map(([label, value]) => (
          <div key={label} className="figure"><dt>{label}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      {s.orders === 0 ? (
        <p className="muted">{t.noSales}</p>
      ) : (
        <div className="charts">
          <BarChart title={t.byHour} bars={hours} format={money} />
          <BarChart title={t.topItems} horizontal bars={summary.topItems.byQuantity.slice(0, 8).map((i) => ({ label: i.name, value: i.quantity }))}
            format={(n) => String(n)} />
        </div>
      )}
    </div>
  );
}

function firstNonZero(bars: { value: number }[]): number {
  const i = bars.findIndex((b) => b.value > 0);
  return i < 0 ? 0 : i;
}
function lastNonZero(bars: { value: number }[]): number {
  for (let i = bars.length - 1; i >= 0; i--) if (bars[i]!.value > 0) return i;
  return bars.length - 1;
}

function SchedulePanel({ restaurant }: { restaurant: Restaurant }) {
  const queryClient = useQueryClient();
  const schedule = useQuery({ queryKey: ['schedule', restaurant.id], queryFn: ({ signal }) => portalApi.reportSchedule(restaurant.id, signal) });
  const save = useMutation({
    mutationFn: (next: ReportSchedule) => portalApi.changeReportSchedule(restaurant.id, next),
    onSuccess: (saved) => queryClient.setQueryData(['schedule', restaurant.id], saved),
  });
  if (schedule.isError) return missing(schedule.error) ? null : <QueryProblem error={schedule.error} />;
  if (!schedule.data) return null;
  return <ScheduleForm key={JSON.stringify(schedule.data)} schedule={schedule.data} saving={save.isPending} saved={save.isSuccess}
    error={save.error} onSave={(next) => save.mutate(next)} />;
}

function ScheduleForm({ schedule, saving, saved, error, onSave }: {
  schedule: ReportSchedule;
  saving: boolean;
  saved: boolean;
  error: unknown;
  onSave: (schedule: ReportSchedule) => void;
}) {
  const [daily, setDaily] = useState(schedule.daily);
  const [weekly, setWeekly] = useState(schedule.weekly);
  const [formats, setFormats] = useState(new Set(schedule.formats));
  const [emailTo, setEmailTo] = useState(schedule.emailTo.join(', '));
  const toggle = (format: string) => {
    const next = new Set(formats);
    if (next.has(format)) next.delete(format);
    else next.add(format);
    setFormats(next);
  };
  return (
    <form className="panel" aria-labelledby="schedule-title" onSubmit={(e) => {
      e.preventDefault();
      onSave({ daily, weekly, formats: [...formats], emailTo: emailTo.split(',').map((x) => x.trim()).filter(Boolean) });
    }}>
      <h2 id="schedule-title" className="section-title">{t.schedule}</h2>
      <label className="switch"><input type="checkbox" checked={daily} onChange={(e) => setDaily(e.target.checked)} /><span>{t.daily}</span></label>
      <label className="switch"><input type="checkbox" checked={weekly} onChange={(e) => setWeekly(e.target.checked)} /><span>{t.weekly}</span></label>
      <fieldset className="choices">
        <legend className="field__label">{t.format}</legend>
        {['pdf', 'csv'].map((f) => (
          <label key={f} className={`chip ${formats.has(f) ? 'chip--on' : ''}`}>
            <input type="checkbox" checked={formats.has(f)} onChange={() => toggle(f)} />{f.toUpperCase()}
          </label>
        ))}
      </fieldset>
      <Field label={t.emailTo} value={emailTo} onChange={(e) => setEmailTo(e.target.value)} />
      {error !== null && error !== undefined && <QueryProblem error={error} />}
      <button type="submit" className="button button--primary" disabled={saving}>{t.saveSchedule}</button>
      {saved && <span className="saved" role="status">{strings.portal.store.saved}</span>}
    </form>
  );
}
