import { strings } from '../../lib/strings';
import type { Board } from './useBoard';

const t = strings.portal.connection;

/** Whether the screen is live: a board, a station or the expo. */
export function ConnectionPill({ board }: { board: Pick<Board, 'offline' | 'status'> }) {
  const label = board.offline
    ? t.offline
    : board.status === 'live' ? t.live : board.status === 'connecting' ? t.connecting : t.reconnecting;
  const tone = board.offline ? 'offline' : board.status === 'live' ? 'live' : 'reconnecting';
  return (
    <span className={`live-pill live-pill--${tone}`} role="status" aria-live="polite">
      <span className="live-pill__dot" aria-hidden="true" />
      {label}
    </span>
  );
}

/** The banners under a live screen's bar: no connection, or no longer allowed. */
export function ConnectionBanners({ board }: { board: Pick<Board, 'offline' | 'closedCode'> }) {
  return (
    <>
      {board.offline && (
        <div className="offline-banner" role="alert">
          <strong>{t.offline}.</strong> {t.banner}
        </div>
      )}
      {board.closedCode === 4403 && <div className="offline-banner" role="alert">{t.notAllowed}</div>}
    </>
  );
}
