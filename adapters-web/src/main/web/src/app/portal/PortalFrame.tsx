import type { ReactNode } from 'react';
import type { Restaurant, User } from '../../lib/api/portalTypes';
import { followLink } from '../../lib/router';
import { strings } from '../../lib/strings';

export type Section = 'board' | 'orders' | 'store' | 'menu' | 'staff' | 'reports';

const t = strings.portal.nav;

/** The portal's frame: the restaurant, its sections, who is signed in. */
export function PortalFrame({ restaurant, user, section, manager, canSwitch, onSignOut, children }: {
  restaurant: Restaurant;
  user: User;
  section: Section;
  manager: boolean;
  canSwitch: boolean;
  onSignOut: () => void;
  children: ReactNode;
}) {
  const sections: Section[] = manager ? ['board', 'orders', 'store', 'menu', 'staff', 'reports'] : ['board', 'orders', 'store', 'menu'];
  const base = `/portal/r/${restaurant.id}`;
  return (
    <div className={`portal ${section === 'board' ? 'portal--board' : ''}`}>
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
              className={`portal-nav__link ${section === s ? 'portal-nav__link--on' : ''}`} aria-current={section === s ? 'page' : undefined}>
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
