import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { QueryProblem } from '../../components/QueryProblem';
import { ProblemError } from '../../lib/api/client';
import { portalApi } from '../../lib/api/portal';
import type { Restaurant, Station, Stations } from '../../lib/api/portalTypes';
import type { MenuCategory } from '../../lib/api/types';
import { strings } from '../../lib/strings';
import { useStations } from './StationPage';

const t = strings.portal.stations;

interface Draft extends Station {
  /** A key for React that a new station (no id yet) also has. */
  key: string;
}

let drafted = 0;
const draft = (station: Station): Draft => ({ ...station, key: station.id ?? `new-${++drafted}` });

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

/** The manager's station setup, as a plain form: PUT .../stations replaces them all. */
export function StationSetupPage({ restaurant }: { restaurant: Restaurant }) {
  const queryClient = useQueryClient();
  const stations = useStations(restaurant.id);
  const menu = useQuery({ queryKey: ['menu', restaurant.id], queryFn: ({ signal }) => portalApi.menu(restaurant.id, signal) });
  const [drafts, setDrafts] = useState<Draft[]>();
  const [readyWhenAllBumped, setReadyWhenAllBumped] = useState(true);
  const save = useMutation({
    mutationFn: (body: Stations) => portalApi.saveStations(restaurant.id, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['stations', restaurant.id], saved);
      setDrafts(saved.stations.map(draft));
    },
  });

  useEffect(() => {
    if (stations.data && drafts === undefined) {
      setDrafts(stations.data.stations.map(draft));
      setReadyWhenAllBumped(stations.data.readyWhenAllBumped ?? true);
    }
  }, [stations.data, drafts]);

  const change = (key: string, patch: Partial<Station>) =>
    setDrafts((all) => all?.map((d) => (d.key === key ? { ...d, ...patch } : patch.default ? { ...d, default: false } : d)));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!drafts) return;
    save.mutate({ stations: drafts.map(({ key: _, ...station }) => station), readyWhenAllBumped });
  }

  const problem = save.error instanceof ProblemError ? save.error.problem : undefined;
  const fieldError = (index: number, field: string) =>
    problem?.errors?.find((e) => e.field === `stations[${index}].${field}` || e.field.startsWith(`stations[${index}].${field}[`))?.message;

  return (
    <main className="page page--wide">
      <h1 className="page__title">{t.title}</h1>
      <p className="muted">{t.subtitle}</p>
      {(stations.isError || menu.isError) && <QueryProblem error={stations.error ?? menu.error} />}
      {!drafts || !menu.data ? (
        <p role="status">{strings.common.loading}</p>
      ) : (
        <form onSubmit={submit} className="station-setup">
          {problem && (
            <Alert tone="error">
              <p>{t.invalid}</p>
              <ul>{(problem.errors ?? []).map((e) => <li key={e.field + e.message}>{e.field}: {e.message}</li>)}</ul>
              {!problem.errors?.length && <p>{problem.detail ?? problem.title}</p>}
            </Alert>
          )}
          {save.isError && !problem && <QueryProblem error={save.error} />}
          {drafts.map((station, index) => (
            <fieldset key={station.key} className="panel station-setup__station">
              <legend className="section-title">{station.name || t.station(index + 1)}</legend>
              <Field label={t.name} value={station.name} maxLength={60} required error={fieldError(index, 'name')}
                onChange={(e) => change(station.key, { name: e.target.value })} />
              <label className="switch">
                <input type="radio" name="default-station" checked={station.default} onChange={() => change(station.key, { default: true })} />
                {t.default}
              </label>
              <label className="switch">
                <input type="checkbox" checked={station.expo} onChange={(e) => change(station.key, { expo: e.target.checked })} />
                {t.expo}
              </label>
              <CategoryChoice categories={menu.data.categories} station={station} error={fieldError(index, 'categoryNames')}
                onChange={(categoryNames) => change(station.key, { categoryNames })} />
              <ItemChoice categories={menu.data.categories} station={station} error={fieldError(index, 'itemIds')}
                onChange={(itemIds) => change(station.key, { itemIds })} />
              <div>
                <button type="button" className="button button--small button--secondary"
                  onClick={() => setDrafts(drafts.filter((d) => d.key !== station.key))}>{t.remove(station.name)}</button>
              </div>
            </fieldset>
          ))}
          <div className="button-row">
            <button type="button" className="button button--secondary"
              onClick={() => setDrafts([...drafts, draft({ name: '', categoryNames: [], itemIds: [], default: drafts.length === 0, expo: false })])}>
              {t.add}
            </button>
          </div>
          <label className="switch">
            <input type="checkbox" checked={readyWhenAllBumped} onChange={(e) => setReadyWhenAllBumped(e.target.checked)} />
            {t.readyWhenAllBumped}
          </label>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={save.isPending}>{t.save}</button>
            {save.isSuccess && <span className="saved" role="status">{t.saved}</span>}
          </div>
        </form>
      )}
    </main>
  );
}

interface Choice {
  value: string;
  label: string;
}

/** Checkboxes shown as chips: the categories or the items a station makes. */
function Chips({ legend, choices, chosen, onChange }: {
  legend: string;
  choices: Choice[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}) {
  return (
    <fieldset className="choices">
      <legend className="field__label">{legend}</legend>
      {choices.map((choice) => {
        const on = chosen.includes(choice.value);
        return (
          <label key={choice.value} className={`chip ${on ? 'chip--on' : ''}`}>
            <input type="checkbox" checked={on} onChange={(e) => onChange(toggle(chosen, choice.value, e.target.checked))} />
            {choice.label}
          </label>
        );
      })}
    </fieldset>
  );
}

function CategoryChoice({ categories, station, error, onChange }: {
  categories: MenuCategory[];
  station: Draft;
  error: string | undefined;
  onChange: (names: string[]) => void;
}) {
  return (
    <div>
      <Chips legend={t.categories} choices={categories.map((c) => ({ value: c.name, label: c.name }))}
        chosen={station.categoryNames} onChange={onChange} />
      {error && <p className="field__error" role="alert">{error}</p>}
    </div>
  );
}

function ItemChoice({ categories, station, error, onChange }: {
  categories: MenuCategory[];
  station: Draft;
  error: string | undefined;
  onChange: (ids: string[]) => void;
}) {
  return (
    <details className="station-setup__items">
      <summary>{t.itemsCount(station.itemIds.length)}</summary>
      {categories.map((category) => (
        <Chips key={category.name} legend={category.name} choices={category.items.map((item) => ({ value: item.id, label: item.name }))}
          chosen={station.itemIds} onChange={onChange} />
      ))}
      {error && <p className="field__error" role="alert">{error}</p>}
    </details>
  );
}
