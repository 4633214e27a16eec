import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { QueryProblem } from '../../components/QueryProblem';
import { api } from '../../lib/api/endpoints';
import type { Menu, MenuItem } from '../../lib/api/types';
import type { CartLine } from '../../lib/cartLine';
import { formatDayTime, formatMoney, formatTime, sameLocalDay } from '../../lib/format';
import { followLink } from '../../lib/router';
import { strings } from '../../lib/strings';
import { ItemDialog } from './ItemDialog';
import { StoreBanner } from './StoreBanner';

export function useMenu(restaurantId: string) {
  // The guest has no board socket: the menu is read again every 30 s and when the tab comes back
  // into focus, so items sold out, back, or down to their last portions show within that.
  return useQuery({ queryKey: ['menu', restaurantId], queryFn: ({ signal }) => api.menu(restaurantId, signal),
    refetchInterval: 30_000, refetchOnWindowFocus: true });
}

/** A restaurant's paused-until, from the public directory (the menu does not carry it). */
function usePausedUntil(restaurantId: string): string | null | undefined {
  const directory = useQuery({ queryKey: ['directory'], queryFn: ({ signal }) => api.directory(signal), retry: false });
  return directory.data?.items.find((restaurant) => restaurant.id === restaurantId)?.pausedUntil;
}

interface MenuPageProps {
  restaurantId: string;
  onAdd: (line: Omit<CartLine, 'key'>) => void;
  /** The cart beside the menu (desktop) and its bar at the bottom (phones), from the cart feature. */
  cart: (menu: Menu) => ReactNode;
}

export function MenuPage({ restaurantId, onAdd, cart }: MenuPageProps) {
  const menu = useMenu(restaurantId);
  const pausedUntil = usePausedUntil(restaurantId);
  const [chosen, setChosen] = useState<MenuItem>();

  useEffect(() => {
    if (menu.data) document.title = `${menu.data.restaurant.name} · ${strings.directory.title}`;
  }, [menu.data]);

  if (menu.isPending) return <main className="page"><p className="muted">{strings.common.loading}</p></main>;
  if (menu.error) return <main className="page page--narrow"><QueryProblem error={menu.error} onRetry={() => menu.refetch()} /></main>;
  const { restaurant, categories } = menu.data;
  const shown = categories.filter((category) => category.items.length > 0);

  return (
    <>
      <header className="store-header">
        <div className="store-header__inner">
          <a className="back-link" href="/" onClick={followLink}>{strings.common.backHome}</a>
          <h1 className="store-header__name">{restaurant.name}</h1>
          <StoreBanner restaurant={restaurant} pausedUntil={pausedUntil} />
        </div>
      </header>
      <CategoryNav names={shown.map((category) => category.name)} />
      <div className="menu-layout">
        <main className="menu" id="main">
          {shown.map((category, index) => (
            <section key={category.name} id={`category-${index}`} className="menu__category" aria-labelledby={`category-${index}-title`}>
              <h2 id={`category-${index}-title`} className="menu__category-title" tabIndex={-1}>{category.name}</h2>
              <ul className="menu__items">
                {category.items.map((item) => (
                  <li key={item.id}>
                    <ItemCard item={item} currency={restaurant.currency} timeZone={restaurant.timezone}
                      onChoose={() => setChosen(item)} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </main>
        {cart(menu.data)}
      </div>
      {chosen && <ItemDialog item={chosen} currency={restaurant.currency} onAdd={onAdd} onClose={() => setChosen(undefined)} />}
    </>
  );
}

/** "Back at 17:00" (or with the day when it is not today), "3 left", or nothing to add. */
export function supplyNote(item: MenuItem, timeZone: string, now: Date): string | undefined {
  if (!item.available && item.availableAgainAt) {
    const at = new Date(item.availableAgainAt);
    const time = sameLocalDay(at, now, timeZone) ? formatTime(item.availableAgainAt, timeZone)
      : formatDayTime(item.availableAgainAt, timeZone);
    return strings.menu.backAt(time);
  }
  if (item.available && item.stock !== undefined) return strings.menu.left(item.stock);
  return undefined;
}

function ItemCard({ item, currency, timeZone, onChoose }: {
  item: MenuItem; currency: string; timeZone: string; onChoose: () => void;
}) {
  const note = supplyNote(item, timeZone, new Date());
  return (
    // The button's name is what it shows (WCAG "label in name"), led by a word for screen readers.
    <button type="button" className="item-card" onClick={onChoose} disabled={!item.available}>
      <span className="item-card__text">
        <span className="item-card__name">
          {item.available && <span className="sr-only">{strings.menu.add} </span>}
          {item.name}
        </span>
        {item.description && <span className="item-card__description">{item.description}</span>}
        <span className="item-card__price">{formatMoney(item.price, currency)}</span>
        {note && <span className="item-card__supply">{note}</span>}
      </span>
      {item.photoUrl && (
        // Hidden from screen readers: the button already says the item's name.
        <img className="item-card__photo" src={`${item.photoUrl}?w=400`} alt={item.name} aria-hidden="true"
             loading="lazy" decoding="async" width={96} height={96} />
      )}
      {item.available ? (
        <span className="item-card__add" aria-hidden="true">+</span>
      ) : (
        <span className="badge badge--soldout">{strings.menu.soldOut}</span>
      )}
    </button>
  );
}

function CategoryNav({ names }: { names: string[] }) {
  const [active, setActive] = useState(0);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((e) => e.isIntersecting).sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top);
        if (visible[0]) setActive(Number(visible[0].target.id.replace('category-', '')));
      },
      { rootMargin: '-120px 0px -60% 0px' },
    );
    names.forEach((_, index) => {
      const section = document.getElementById(`category-${index}`);
      if (section) observer.observe(section);
    });
    return () => observer.disconnect();
  }, [names]);

  return (
    <nav className="category-nav" aria-label={strings.menu.categories}>
      <ul className="category-nav__list">
        {names.map((name, index) => (
          <li key={name}>
            <a href={`#category-${index}`} className={`category-nav__link ${index === active ? 'category-nav__link--active' : ''}`}
               aria-current={index === active ? 'true' : undefined}
               onClick={(event) => {
                 event.preventDefault();
                 setActive(index);
                 const section = document.getElementById(`category-${index}`);
                 section?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                 section?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
               }}>
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
