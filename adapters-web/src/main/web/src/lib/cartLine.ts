/**
 * One line of a guest's cart as this browser keeps it: what the server needs to price it, and
 * names to show while the server's quote is on its way. Never a price: the server has those.
 */
export interface CartLine {
  /** Tells lines of the same item with other choices apart. */
  key: string;
  menuItemId: string;
  name: string;
  quantity: number;
  optionIds: string[];
  optionNames: string[];
  note: string;
}

export const MAX_QUANTITY = 99;

export function toLineRequests(lines: CartLine[]) {
  return lines.map((line) => ({
    menuItemId: line.menuItemId,
    quantity: line.quantity,
    optionIds: line.optionIds,
    note: line.note.trim() === '' ? null : line.note.trim(),
  }));
}
