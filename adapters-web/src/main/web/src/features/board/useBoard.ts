import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { LiveConnection, type LiveStatus } from '../../lib/live';
import { portalApi } from '../../lib/api/portal';
import type { BoardFrame } from '../../lib/api/portalTypes';
import type { Order } from '../../lib/api/types';
import { boardReducer, emptyBoard, type BoardState } from './boardReducer';

/** How long the board may be without its socket before the offline banner goes up. */
export const OFFLINE_AFTER_MS = 5000;

export interface Board {
  state: BoardState;
  status: LiveStatus;
  /** No live connection for OFFLINE_AFTER_MS: the banner shows and actions wait. */
  offline: boolean;
  /** The socket was closed for good: 4401 (signed out) or 4403 (not allowed). */
  closedCode: number | undefined;
  /** Puts an order a move answered with on the board before its event arrives. */
  put: (order: Order) => void;
}

/**
 * The restaurant's board, fed only by its WebSocket: a snapshot, then events by `seq`. The
 * connection resumes by itself after a drop (`?afterSeq=`); if the reducer finds a gap it
 * starts a fresh connection for a new snapshot rather than guess.
 */
export function useBoard(restaurantId: string): Board {
  const [state, dispatch] = useReducer(boardReducer, emptyBoard);
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [closedCode, setClosedCode] = useState<number>();
  const [offline, setOffline] = useState(false);
  const [generation, setGeneration] = useState(0);
  const offlineTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const connection = new LiveConnection({
      path: portalApi.boardSocketPath(restaurantId),
      // A board socket also sends `printers` frames (state without a seq), which LiveConnection passes on.
      // And `menu.updated`: the menu any screen of this tab shows is read again.
      onFrame: (frame) => {
        const boardFrame = frame as BoardFrame;
        if (boardFrame.type === 'menu.updated') void queryClient.invalidateQueries({ queryKey: ['menu', restaurantId] });
        else dispatch({ type: 'frame', frame: boardFrame });
      },
      onStatus: (next, code) => {
        if (next === 'live') dispatch({ type: 'connected' });
        setStatus(next);
        if (next === 'closed' && code !== undefined) setClosedCode(code);
      },
    });
    connection.start();
    return () => connection.stop();
  }, [restaurantId, generation, queryClient]);

  // A gap in seq: this connection's history is not to be trusted; a new one starts with a snapshot.
  useEffect(() => {
    if (state.stale) setGeneration((g) => g + 1);
  }, [state.stale]);

  useEffect(() => {
    clearTimeout(offlineTimer.current);
    if (status === 'live') {
      setOffline(false);
    } else {
      offlineTimer.current = setTimeout(() => setOffline(true), OFFLINE_AFTER_MS);
    }
    return () => clearTimeout(offlineTimer.current);
  }, [status]);

  const put = useCallback((order: Order) => dispatch({ type: 'order', order }), []);
  return { state, status, offline, closedCode, put };
}
