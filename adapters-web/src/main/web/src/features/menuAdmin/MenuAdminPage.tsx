import { useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { QueryProblem } from '../../components/QueryProblem';
import { portalApi } from '../../lib/api/portal';
import type { Restaurant, SupplyChange } from '../../lib/api/portalTypes';
import type { Menu, MenuItem } from '../../lib/api/types';
import { currencyDecimals, formatDayTime, formatMoney, parseMinorUnits } from '../../lib/format';
import { strings } from '../../lib/strings';
import { backOn, parseStock, untilISaySo, untilTime, untilTomorrow } from './soldOut';

const t = strings.portal.menu;

/** The menu with each item's item edited: the menu goes back whole (PUT), as the API takes it. */
function withItem(menu: Menu, item: MenuItem): Pick<Menu, 'categories'> {
  return {
    categories: menu.categories.map((category) => ({
      ...category,
      items: category.items.map((each) => (each.id === item.id ? item : each)),
    })),
  };
}

/**
 * Availability ("86" an item in one tap, until a time, tomorrow or until someone says so),
 * portions left, and item edits, on the menu as guests see it. Any staff member may 86 an item
 * or count its portions; only managers edit it.
 */
export function MenuAdminPage({ restaurant, manager }: { restaurant: Restaurant; manager: boolean }) {
  const queryClient = useQueryClient();
  const menu = useQuery({ queryKey: ['menu', restaurant.id], queryFn: ({ signal }) => portalApi.menu(restaurant.id, signal),
    // Checkouts take portions and sold-out items come back by themselves: keep the counts fresh.
    refetchInterval: 15_000 });
  const [editing, setEditing] = useState<MenuItem>();
  const [untilAt, setUntilAt] = useState('17:00');
  const supply = useMutation({
    mutationFn: ({ item, change }: { item: MenuItem; change: SupplyChange }) =>
      portalApi.changeSupply(restaurant.id, item.id, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['menu', restaurant.id] }),
  });
  const change = (item: MenuItem, supplyChange: SupplyChange) => supply.mutate({ item, change: supplyChange });
  const save = useMutation({
    mutationFn: (item: MenuItem) => portalApi.replaceMenu(restaurant.id, withItem(menu.data!, item)),
    onSuccess: (saved) => {
      queryClient.setQueryData(['menu', restaurant.id], saved);
      setEditing(undefined);
    },
  });
  return (
    <main className="page page--wide">
      <h1 className="page__title">{t.title}</h1>
      <p className="page__subtitle">
        {t.subtitle} <a href={`/r/${restaurant.id}`} target="_blank" rel="noopener">{t.guestView}</a>
      </p>
      {!manager && <Alert tone="info">{t.managersOnly}</Alert>}
      {menu.isError && <QueryProblem error={menu.error} onRetry={() => void menu.refetch()} />}
      {save.isError && !editing && <QueryProblem error={save.error} />}
      {supply.isError && <QueryProblem error={supply.error} />}
      <Field label={t.untilTimeLabel} type="time" value={untilAt} onChange={(e) => setUntilAt(e.target.value)} />
      {menu.data?.categories.map((category) => (
        <section key={category.name} className="panel" aria-label={category.name}>
          <h2 className="section-title">{category.name}</h2>
          <ul className="menu-admin">
            {category.items.map((item) => (
              <li key={item.id} className={`menu-admin__item ${item.available ? '' : 'menu-admin__item--out'}`}>
                {item.photoUrl && (
                  <img className="menu-admin__photo" src={`${item.photoUrl}?w=400`} alt={t.photoOf(item.name)}
                       loading="lazy" width={48} height={48} />
                )}
                <div className="menu-admin__text">
                  <span className="menu-admin__name">{item.name}</span>
                  <span className="muted">{formatMoney(item.price, restaurant.currency)}</span>
                </div>
                <button type="button" role="switch" aria-checked={item.available} aria-label={t.toggle(item.name, item.available)}
                  className={`eighty-six ${item.available ? 'eighty-six--on' : 'eighty-six--off'}`} disabled={supply.isPending}
                  onClick={() => change(item, item.available ? untilISaySo : backOn)}>
                  {item.available ? t.available : t.soldOut}
                </button>
                <SupplyStatus item={item} timeZone={restaurant.timezone} />
                {item.available ? (
                  <span className="menu-admin__until" role="group" aria-label={t.eightySixFor(item.name)}>
                    {untilAt && (
                      <button type="button" className="button button--secondary" disabled={supply.isPending}
                        onClick={() => change(item, untilTime(new Date(), untilAt, restaurant.timezone))}>
                        {t.untilTime(untilAt)}
                      </button>
                    )}
                    <button type="button" className="button button--secondary" disabled={supply.isPending}
                      onClick={() => change(item, untilTomorrow(new Date(), restaurant.timezone))}>{t.untilTomorrow}</button>
                    <button type="button" className="button button--secondary" disabled={supply.isPending}
                      onClick={() => change(item, untilISaySo)}>{t.untilISay}</button>
                  </span>
                ) : (
                  <button type="button" className="button button--secondary" disabled={supply.isPending}
                    onClick={() => change(item, backOn)}>{t.backOn}</button>
                )}
                <StockEditor key={`${item.id}:${item.stock ?? ''}`} item={item} saving={supply.isPending}
                  onSave={(stock) => change(item, { stock })} />
                {manager && (
                  <button type="button" className="link-button" aria-label={t.edit(item.name)} onClick={() => setEditing(item)}>
                    {strings.cart.edit}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {editing && (
        <ItemEditor item={editing} currency={restaurant.currency} saving={save.isPending} error={save.error}
          onSave={(item) => save.mutate(item)} onClose={() => { setEditing(undefined); save.reset(); }}>
          <PhotoEditor restaurantId={restaurant.id}
            item={menu.data?.categories.flatMap((c) => c.items).find((each) => each.id === editing.id) ?? editing} />
        </ItemEditor>
      )}
    </main>
  );
}

/** "12 left", "Back at 17:00" or "Sold out until you say", as the menu shows the item. */
function SupplyStatus({ item, timeZone }: { item: MenuItem; timeZone: string }) {
  const parts: string[] = [];
  if (item.stock !== undefined) parts.push(t.left(item.stock));
  if (item.availableAgainAt) parts.push(t.backAt(formatDayTime(item.availableAgainAt, timeZone)));
  else if (!item.available && item.stock !== 0) parts.push(t.outUntilISay);
  return parts.length > 0 ? <span className="menu-admin__supply muted">{parts.join(' · ')}</span> : null;
}

/** The portions left, edited in place: empty stops counting. */
function StockEditor({ item, saving, onSave }: { item: MenuItem; saving: boolean; onSave: (stock: number | null) => void }) {
  const [text, setText] = useState(item.stock === undefined ? '' : String(item.stock));
  const stock = parseStock(text);
  const unchanged = stock === (item.stock ?? null);
  return (
    <form className="menu-admin__stock" onSubmit={(e) => { e.preventDefault(); if (stock !== undefined) onSave(stock); }}>
      <Field label={t.stockLabel(item.name)} inputMode="numeric" value={text} onChange={(e) => setText(e.target.value)}
        error={stock === undefined ? t.stockInvalid : undefined} />
      <button type="submit" className="button button--secondary" disabled={saving || stock === undefined || unchanged}>
        {t.setStock}
      </button>
    </form>
  );
}

function ItemEditor({ item, currency, saving, error, onSave, onClose, children }: {
  item: MenuItem;
  currency: string;
  saving: boolean;
  error: unknown;
  onSave: (item: MenuItem) => void;
  onClose: () => void;
  children?: ReactNode;
}) {
  const decimals = currencyDecimals(currency);
  const [name, setName] = useState(item.name);
  const [price, setPrice] = useState((item.price / 10 ** decimals).toFixed(decimals));
  const [description, setDescription] = useState(item.description ?? '');
  const minor = parseMinorUnits(price, currency);
  const valid = name.trim() !== '' && minor !== undefined;
  return (
    <Dialog title={t.editTitle(item.name)} onClose={onClose}
      footer={
        <button type="button" className="button button--primary button--block" disabled={!valid || saving}
          onClick={() => onSave({ ...item, name: name.trim(), price: minor!, description: description.trim() })}>{t.save}</button>
      }>
      {error !== null && error !== undefined && <QueryProblem error={error} />}
      <Field label={t.name} value={name} onChange={(e) => setName(e.target.value)} data-autofocus />
      <Field label={t.price} inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)}
        error={minor === undefined ? strings.portal.refund.invalid : undefined} />
      <Field label={t.description} value={description} onChange={(e) => setDescription(e.target.value)} />
      {children}
    </Dialog>
  );
}

/**
 * The item's photo: upload (the server re-encodes it and drops its metadata), see it as guests
 * will, or remove it. Saved at once, apart from the item's other fields.
 */
function PhotoEditor({ restaurantId, item }: { restaurantId: string; item: MenuItem }) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['menu', restaurantId] });
  const upload = useMutation({
    mutationFn: (file: File) => portalApi.uploadPhoto(restaurantId, item.id, file),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: () => portalApi.removePhoto(restaurantId, item.id), onSuccess: refresh });
  const busy = upload.isPending || remove.isPending;
  return (
    <fieldset className="photo-editor">
      <legend className="field__label">{t.photo}</legend>
      {item.photoUrl && (
        <img className="photo-editor__preview" src={`${item.photoUrl}?w=400`} alt={t.photoPreview}
             width={200} height={150} />
      )}
      <label className="button button--secondary photo-editor__choose">
        {upload.isPending ? t.uploading : t.uploadPhoto}
        <input type="file" className="sr-only" accept="image/jpeg,image/png,image/webp" disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) upload.mutate(file);
            e.target.value = '';
          }} />
      </label>
      {item.photoUrl && (
        <button type="button" className="link-button" disabled={busy} onClick={() => remove.mutate()}>
          {t.removePhoto}
        </button>
      )}
      <p className="muted">{t.photoHint}</p>
      {upload.isError && <QueryProblem error={upload.error} />}
      {remove.isError && <QueryProblem error={remove.error} />}
    </fieldset>
  );
}
