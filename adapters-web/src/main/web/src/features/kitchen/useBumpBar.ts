import { useEffect, useRef, useState } from 'react';
import { bumpCommand, picked, toBump } from './bumpBar';

/**
 * The bump bar on a kitchen screen: keys pick a ticket (its head gets the focus, so Enter on it
 * is a plain button press), bump the picked one or the oldest, and recall the latest bump.
 * Keys typed into a form field, or while a dialog is open, are left alone.
 */
export function useBumpBar(ids: string[], actions: { bump: (id: string) => void; recall?: () => void }) {
  const [selected, setSelected] = useState<string>();
  const heads = useRef(new Map<string, HTMLElement>());

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (document.body.classList.contains('has-dialog') || target.closest('input, textarea, select')) return;
      const command = bumpCommand(event);
      if (!command) return;
      if (command.kind === 'bump') {
        // On a focused button or link the key presses it; the bar must not press a second thing.
        if (target.closest('button, a')) return;
        const id = toBump(ids, selected);
        if (id) {
          event.preventDefault();
          actions.bump(id);
        }
      } else if (command.kind === 'recall') {
        actions.recall?.();
      } else {
        event.preventDefault();
        const next = picked(command, ids, selected);
        setSelected(next);
        if (next) heads.current.get(next)?.focus();
        else (document.activeElement as HTMLElement | null)?.blur();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  /** For the ticket's head: `ref={register(id)}`. */
  function register(id: string) {
    return (element: HTMLElement | null) => {
      if (element) heads.current.set(id, element);
      else heads.current.delete(id);
    };
  }

  return { selected: selected && ids.includes(selected) ? selected : undefined, select: setSelected, register };
}
