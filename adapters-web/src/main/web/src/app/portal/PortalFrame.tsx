import type { ReactNode } from 'react';
import type { Restaurant, User } from '../../lib/api/portalTypes';
import { followLink } from '../../lib/router';
import { strings } from '../../lib/strings';

export type Section = 'board' | 'orders' | 'store' | 'menu' | 'staff' | 'reports' | 'kitchen' | 'stations' | 'printers'
  | 'promotions';

/** Kitchen screens fill the screen as the board does; their place in the navigation is "Kitchen". */
export type Screen = Section | 'station' | 'expo';

const t = strings.portal.nav;

/** The portal's frame: the restaurant, its sections, who is signed in. */
export function PortalFrame({ restaurant, user, section, manager, canSwitch, onSignOut, children }: {
  restaurant: Restaurant;
  user: User;
  section: Screen;
  manager: boolean;
  canSwitch: boolean;
  onSignOut: () => void;
  children: ReactNode;
}) {
  const sections: Section[] = manager
    ? ['board', 'kitchen', 'orders', 'store', 'menu', 'promotions', 'staff', 'reports', 'stations', 'printers']
    : ['board', 'kitchen', 'orders', 'store', 'menu'];
  const base = `/portal/r/${restaurant.id}`;
  const fullScreen = section === 'board' || section === 'station' || section === 'expo';
  const current: Section = section === 'station' || section === 'expo' ? 'kitchen' : section;
  return (
    <div className={`portal ${fullScreen ? 'portal--board' : ''}`}>
      <header className="portal-top">
        <div className="portal-top__brand">
          <span className="portal-top__logo" aria-hidden="true">C</span>
          <span className="portal-top__name">{restaurant.name}</span>
          {canSwitch && (
            <a className="portal-top__switch" href="/portal" onClick={followLink}>{t.switchRestaurant}</a>
          )}
        </div>
        <nav aria-label={t.label} className="portal-nav">
          {sections.map((s) => (
            <a key={s} href={s === 'board' ? base : `${base}/${s}`} onClick={followLink}
              className={`portal-nav__link ${current === s ? 'portal-nav__link--on' : ''}`} aria-current={current === s ? 'page' : undefined}>
              {t[s]}
            </a>
          ))}
        </nav>
        <div className="portal-top__user">
          <span className="sr-only">{t.signedInAs(user.name)}</span>
          <span className="portal-top__avatar" aria-hidden="true" title={user.name}>{user.name.slice(0, 1)}</span>
          <button type="button" className="button button--small button--ghost" onClick={onSignOut}>{t.signOut}</button>
        </div>
      </header>
      <div className="portal-body">{children}</div>
    </div>
  );
}
