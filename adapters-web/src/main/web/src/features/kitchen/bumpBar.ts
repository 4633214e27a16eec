// The bump bar: a kitchen keyboard (or a plain one) drives the station and expo screens.
// Digits 1-9 pick the ticket with that badge, Enter or Space bumps the picked ticket (the oldest
// when none is picked), R recalls the latest bump, arrows walk the tickets, Esc lets go.

export type BumpCommand =
  | { kind: 'pick'; index: number }
  | { kind: 'bump' }
  | { kind: 'recall' }
  | { kind: 'step'; by: 1 | -1 }
  | { kind: 'clear' };

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** The command a key press means, or undefined for a key the bump bar does not use. */
export function bumpCommand(press: KeyPress): BumpCommand | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  const { key } = press;
  if (/^[1-9]$/.test(key)) return { kind: 'pick', index: Number(key) - 1 };
  if (key === 'Enter' || key === ' ' || key === 'Spacebar') return { kind: 'bump' };
  if (key === 'r' || key === 'R') return { kind: 'recall' };
  if (key === 'ArrowRight' || key === 'ArrowDown') return { kind: 'step', by: 1 };
  if (key === 'ArrowLeft' || key === 'ArrowUp') return { kind: 'step', by: -1 };
  if (key === 'Escape') return { kind: 'clear' };
  return undefined;
}

/** The ticket a command leaves picked, among `ids` (on screen order); undefined: none. */
export function picked(command: BumpCommand, ids: string[], current: string | undefined): string | undefined {
  switch (command.kind) {
    case 'pick':
      return ids[command.index] ?? current;
    case 'step': {
      if (ids.length === 0) return undefined;
      const at = current ? ids.indexOf(current) : -1;
      if (at < 0) return command.by === 1 ? ids[0] : ids[ids.length - 1];
      return ids[(at + command.by + ids.length) % ids.length];
    }
    case 'clear':
      return undefined;
    default:
      return current && ids.includes(current) ? current : undefined;
  }
}

/** The ticket Enter bumps: the picked one while it is on screen, else the oldest. */
export function toBump(ids: string[], current: string | undefined): string | undefined {
  return current && ids.includes(current) ? current : ids[0];
}
