import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { QueryProblem } from '../../components/QueryProblem';
import { ProblemError } from '../../lib/api/client';
import { portalApi } from '../../lib/api/portal';
import type { Printer, PrinterSetup, PrintJob, Restaurant, Station } from '../../lib/api/portalTypes';
import { formatDayTime } from '../../lib/format';
import { strings } from '../../lib/strings';
import { useStations } from './StationPage';

const t = strings.portal.printers;
const COLUMNS = [42, 48, 32];
/** Printers' statuses change by themselves: the page looks again this often. */
const REFRESH_MS = 5000;

type PrinterChange = Omit<PrinterSetup, 'connection'> & { connection?: PrinterSetup['connection'] };

const blank: PrinterSetup = { name: '', stationIds: [], connection: { type: 'escpos-tcp', host: '', port: 9100 }, copies: 1, columns: 42 };

function setupOf(printer: Printer): PrinterSetup {
  const { name, stationIds, connection, backupPrinterId, copies, columns } = printer;
  return { name, stationIds, connection, backupPrinterId: backupPrinterId ?? null, copies, columns };
}

/** The restaurant's printers: how each is, the tickets waiting, a test print; add, change, remove. */
export function PrintersPage({ restaurant }: { restaurant: Restaurant }) {
  const queryClient = useQueryClient();
  const key = ['printers', restaurant.id];
  const printers = useQuery({ queryKey: key, queryFn: ({ signal }) => portalApi.printers(restaurant.id, signal), refetchInterval: REFRESH_MS });
  const jobs = useQuery({ queryKey: ['print-jobs', restaurant.id], queryFn: ({ signal }) => portalApi.waitingJobs(restaurant.id, signal), refetchInterval: REFRESH_MS });
  const stations = useStations(restaurant.id);
  const [editing, setEditing] = useState<{ id?: string; setup: PrinterSetup }>();
  const [credentials, setCredentials] = useState<Printer['cloudprnt']>();
  const [tested, setTested] = useState<string>();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: ['print-jobs', restaurant.id] });
  };
  const save = useMutation({
    mutationFn: ({ id, setup }: { id?: string; setup: PrinterChange }) =>
      id ? portalApi.changePrinter(restaurant.id, id, setup) : portalApi.addPrinter(restaurant.id, setup as PrinterSetup),
    onSuccess: (printer) => {
      setCredentials(printer.cloudprnt);
      setEditing(undefined);
      refresh();
    },
  });
  const remove = useMutation({ mutationFn: (id: string) => portalApi.removePrinter(restaurant.id, id), onSuccess: refresh });
  const test = useMutation({
    mutationFn: (id: string) => portalApi.testPrinter(restaurant.id, id),
    onSuccess: (_, id) => {
      setTested(id);
      refresh();
    },
  });
  const waiting = (printerId: string) => (jobs.data?.items ?? []).filter((job) => job.printerId === printerId);
  const all = printers.data?.items ?? [];

  return (
    <main className="page page--wide">
      <h1 className="page__title">{t.title}</h1>
      <p className="muted">{t.subtitle}</p>
      {printers.isError && <QueryProblem error={printers.error} onRetry={() => void printers.refetch()} />}
      {(remove.isError || test.isError) && <QueryProblem error={remove.error ?? test.error} />}
      {credentials && (
        <Alert tone="warning">
          <p>{t.credentials}</p>
          <dl className="credentials">
            <dt>{t.credentialsUrl}</dt><dd><code>{credentials.url}</code></dd>
            <dt>{t.credentialsUser}</dt><dd><code>{credentials.username}</code></dd>
            <dt>{t.credentialsPassword}</dt><dd><code>{credentials.password}</code></dd>
          </dl>
        </Alert>
      )}
      {printers.data && all.length === 0 && <p>{t.none}</p>}
      <ul className="printer-list">
        {all.map((printer) => (
          <li key={printer.id} className="panel printer-list__item" aria-label={printer.name}>
            <div className="printer-list__head">
              <strong className="printer-list__name">{printer.name}</strong>
              <span className={`printer-status printer-status--${printer.status.toLowerCase()}`}>{t.status[printer.status]}</span>
            </div>
            <p className="muted">
              {printer.connection.type === 'escpos-tcp' ? `${printer.connection.host}:${printer.connection.port}` : t.cloudprnt}
              {' · '}
              {printer.lastSeenAt ? t.lastSeen(formatDayTime(printer.lastSeenAt, restaurant.timezone)) : t.neverSeen}
              {' · '}
              {stationNames(printer.stationIds, stations.data?.stations ?? [])}
            </p>
            <WaitingJobs jobs={waiting(printer.id)} />
            {tested === printer.id && <p className="saved" role="status">{t.testQueued}</p>}
            <div className="button-row">
              <button type="button" className="button button--small button--secondary" disabled={test.isPending}
                onClick={() => test.mutate(printer.id)}>{t.test(printer.name)}</button>
              <button type="button" className="button button--small button--secondary"
                onClick={() => setEditing({ id: printer.id, setup: setupOf(printer) })}>{t.edit(printer.name)}</button>
              <button type="button" className="button button--small button--danger-quiet" onClick={() => {
                if (window.confirm(t.removeConfirm(printer.name))) remove.mutate(printer.id);
              }}>{t.remove(printer.name)}</button>
            </div>
          </li>
        ))}
      </ul>
      {editing ? (
        <PrinterForm key={editing.id ?? 'new'} initial={editing} printers={all} stations={stations.data?.stations ?? []}
          error={save.error} saving={save.isPending} onCancel={() => setEditing(undefined)}
          onSave={(setup) => save.mutate({ id: editing.id, setup })} />
      ) : (
        <button type="button" className="button button--primary" onClick={() => {
          save.reset();
          setEditing({ setup: blank });
        }}>{t.add}</button>
      )}
    </main>
  );
}

function stationNames(ids: string[], stations: Station[]): string {
  if (ids.length === 0) return t.allStations;
  return ids.map((id) => stations.find((s) => s.id === id)?.name ?? id.slice(0, 8)).join(', ');
}

function WaitingJobs({ jobs }: { jobs: PrintJob[] }) {
  if (jobs.length === 0) return <p className="muted">{t.jobsNone}</p>;
  return (
    <details className="printer-list__jobs">
      <summary>{t.waiting(jobs.length)}</summary>
      <ul>
        {jobs.map((job) => <li key={job.id}><code>{t.job(job.shortId, job.orderNumber, job.attempts)}</code></li>)}
      </ul>
    </details>
  );
}

function PrinterForm({ initial, printers, stations, error, saving, onCancel, onSave }: {
  initial: { id?: string; setup: PrinterSetup };
  printers: Printer[];
  stations: Station[];
  error: unknown;
  saving: boolean;
  onCancel: () => void;
  onSave: (setup: PrinterChange) => void;
}) {
  const [setup, setSetup] = useState(initial.setup);
  const problem = error instanceof ProblemError ? error.problem : undefined;
  const fieldError = (field: string) => problem?.errors?.find((e) => e.field === field || e.field.startsWith(`${field}[`))?.message;
  const tcp = setup.connection.type === 'escpos-tcp' ? setup.connection : undefined;
  const current = printers.find((p) => p.id === initial.id);

  function submit(event: FormEvent) {
    event.preventDefault();
    // A change leaves the connection out when it is the same: a CloudPRNT printer keeps its credentials.
    const same = current && JSON.stringify(current.connection) === JSON.stringify(setup.connection);
    onSave(same ? { ...setup, connection: undefined } : setup);
  }

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="printer-form-title">
      <h2 id="printer-form-title" className="section-title">{current ? t.editTitle(current.name) : t.add}</h2>
      {problem && !problem.errors?.length && <QueryProblem error={error} />}
      {error !== null && error !== undefined && !problem && <QueryProblem error={error} />}
      <div className="settings-grid">
        <Field label={t.name} required maxLength={60} value={setup.name} error={fieldError('name')}
          onChange={(e) => setSetup({ ...setup, name: e.target.value })} />
        <div className="field">
          <label className="field__label" htmlFor="printer-connection">{t.connection}</label>
          <select id="printer-connection" className="field__input" value={setup.connection.type}
            onChange={(e) => setSetup({ ...setup, connection: e.target.value === 'cloudprnt' ? { type: 'cloudprnt' } : { type: 'escpos-tcp', host: '', port: 9100 } })}>
            <option value="escpos-tcp">{t.escpos}</option>
            <option value="cloudprnt">{t.cloudprnt}</option>
          </select>
        </div>
        {tcp && (
          <>
            <Field label={t.host} value={tcp.host} error={fieldError('connection.host')}
              onChange={(e) => setSetup({ ...setup, connection: { ...tcp, host: e.target.value } })} />
            <Field label={t.port} type="number" inputMode="numeric" value={String(tcp.port)} error={fieldError('connection.port')}
              onChange={(e) => setSetup({ ...setup, connection: { ...tcp, port: Number(e.target.value) } })} />
          </>
        )}
        <div className="field">
          <label className="field__label" htmlFor="printer-backup">{t.backup}</label>
          <select id="printer-backup" className="field__input" value={setup.backupPrinterId ?? ''}
            onChange={(e) => setSetup({ ...setup, backupPrinterId: e.target.value || null })}>
            <option value="">{t.noBackup}</option>
            {printers.filter((p) => p.id !== initial.id).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
          {fieldError('backupPrinterId') && <p className="field__error" role="alert">{fieldError('backupPrinterId')}</p>}
        </div>
        <Field label={t.copies} type="number" min={1} max={5} value={String(setup.copies)} error={fieldError('copies')}
          onChange={(e) => setSetup({ ...setup, copies: Number(e.target.value) })} />
        <div className="field">
          <label className="field__label" htmlFor="printer-columns">{t.columns}</label>
          <select id="printer-columns" className="field__input" value={setup.columns}
            onChange={(e) => setSetup({ ...setup, columns: Number(e.target.value) })}>
            {COLUMNS.map((columns) => <option key={columns} value={columns}>{t.columnsOption[columns]}</option>)}
          </select>
        </div>
      </div>
      <fieldset className="choices">
        <legend className="field__label">{t.stations}</legend>
        {stations.filter((s) => s.id).map((station) => {
          const on = setup.stationIds.includes(station.id!);
          return (
            <label key={station.id} className={`chip ${on ? 'chip--on' : ''}`}>
              <input type="checkbox" checked={on} onChange={(e) => setSetup({
                ...setup,
                stationIds: e.target.checked ? [...setup.stationIds, station.id!] : setup.stationIds.filter((id) => id !== station.id),
              })} />
              {station.name}
            </label>
          );
        })}
        {fieldError('stationIds') && <p className="field__error" role="alert">{fieldError('stationIds')}</p>}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving}>{t.save}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t.cancel}</button>
      </div>
    </form>
  );
}
