import type { ReactNode } from 'react';
import { followLink } from '../../lib/router';
import { strings } from '../../lib/strings';
import { ConnectionBanners, ConnectionPill } from '../board/ConnectionPill';
import { PrinterBanner } from '../board/PrinterBanner';
import type { Board } from '../board/useBoard';

const t = strings.portal.kitchen;

/** The top of a kitchen screen: what it shows, whether it is live, the way to another screen, and its banners. */
export function KitchenBar({ title, count, board, restaurantId, manager }: {
  title: string;
  count: ReactNode;
  board: Board;
  restaurantId: string;
  manager: boolean;
}) {
  return (
    <>
      <div className="board-bar">
        <h1 className="board-bar__title">{title}</h1>
        <ConnectionPill board={board} />
        <span className="kitchen-count">{count}</span>
        <span className="board-bar__spacer" />
        <a className="button button--small button--ghost" href={`/portal/r/${restaurantId}/kitchen`} onClick={followLink}>{t.change}</a>
      </div>
      <ConnectionBanners board={board} />
      <PrinterBanner printers={board.state.printers} printersHref={manager ? `/portal/r/${restaurantId}/printers` : undefined} />
    </>
  );
}
