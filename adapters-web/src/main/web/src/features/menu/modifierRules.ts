import type { ModifierGroup } from '../../lib/api/types';
import { strings } from '../../lib/strings';

/** The options chosen in each group of an item, by group id. */
export type Selection = Record<string, string[]>;

/** What a group asks of the guest, as the menu says it: "Choose 1", "Choose up to 2". */
export function describeRule(group: ModifierGroup): string {
  const { minSelect: min, maxSelect: max } = group;
  if (min === max) return strings.item.chooseExactly(min);
  if (min === 0) return strings.item.chooseUpTo(max);
  if (max >= group.options.length) return strings.item.chooseAtLeast(min);
  return strings.item.chooseBetween(min, max);
}

/**
 * Choosing an option. A group of at most one behaves like radio buttons (the new choice replaces
 * the old); otherwise an option is toggled, and a new one is refused once the group is full.
 */
export function toggleOption(selection: Selection, group: ModifierGroup, optionId: string): Selection {
  const chosen = selection[group.id] ?? [];
  if (chosen.includes(optionId)) {
    if (group.maxSelect === 1 && group.minSelect === 1) return selection;
    return { ...selection, [group.id]: chosen.filter((id) => id !== optionId) };
  }
  if (group.maxSelect === 1) return { ...selection, [group.id]: [optionId] };
  if (chosen.length >= group.maxSelect) return selection;
  return { ...selection, [group.id]: [...chosen, optionId] };
}

export function isFull(selection: Selection, group: ModifierGroup): boolean {
  return group.maxSelect > 1 && (selection[group.id]?.length ?? 0) >= group.maxSelect;
}

/** The groups still short of their minimum, with what each needs; empty when the item may be added. */
export function unmetGroups(groups: ModifierGroup[], selection: Selection): { group: ModifierGroup; message: string }[] {
  return groups
    .filter((group) => (selection[group.id]?.length ?? 0) < group.minSelect)
    .map((group) => ({ group, message: strings.item.missing(group.name, describeRule(group)) }));
}

/** The chosen option ids in menu order (group by group), as the server expects them. */
export function chosenOptionIds(groups: ModifierGroup[], selection: Selection): string[] {
  return groups.flatMap((group) =>
    group.options.filter((option) => selection[group.id]?.includes(option.id)).map((option) => option.id),
  );
}
