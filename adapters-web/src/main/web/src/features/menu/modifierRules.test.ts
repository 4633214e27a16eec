import type { ModifierGroup } from '../../lib/api/types';
import { chosenOptionIds, describeRule, toggleOption, unmetGroups, type Selection } from './modifierRules';

const doneness: ModifierGroup = {
  id: 'g1', name: 'Doneness', minSelect: 1, maxSelect: 1,
  options: [{ id: 'rare', name: 'Rare', priceDelta: 0 }, { id: 'medium', name: 'Medium', priceDelta: 0 }],
};
const extras: ModifierGroup = {
  id: 'g2', name: 'Extras', minSelect: 0, maxSelect: 2,
  options: [
    { id: 'bacon', name: 'Bacon', priceDelta: 200 },
    { id: 'cheese', name: 'Cheese', priceDelta: 100 },
    { id: 'egg', name: 'Egg', priceDelta: 150 },
  ],
};

describe('modifier rules', () => {
  it('describes each rule as the menu reads', () => {
    expect(describeRule(doneness)).toBe('Choose 1');
    expect(describeRule(extras)).toBe('Choose up to 2');
    expect(describeRule({ ...extras, minSelect: 1 })).toBe('Choose 1 to 2');
    expect(describeRule({ ...extras, minSelect: 2, maxSelect: 3 })).toBe('Choose at least 2');
  });

  it('a choose-one group replaces its choice and cannot be emptied', () => {
    let selection: Selection = {};
    selection = toggleOption(selection, doneness, 'rare');
    selection = toggleOption(selection, doneness, 'medium');
    expect(selection.g1).toEqual(['medium']);
    expect(toggleOption(selection, doneness, 'medium').g1).toEqual(['medium']);
  });

  it('an up-to-two group refuses a third option and lets one go', () => {
    let selection: Selection = {};
    selection = toggleOption(selection, extras, 'bacon');
    selection = toggleOption(selection, extras, 'cheese');
    expect(toggleOption(selection, extras, 'egg').g2).toEqual(['bacon', 'cheese']);
    expect(toggleOption(selection, extras, 'bacon').g2).toEqual(['cheese']);
  });

  it('required groups below their minimum block adding, optional ones never', () => {
    expect(unmetGroups([doneness, extras], {}).map((unmet) => unmet.group.id)).toEqual(['g1']);
    expect(unmetGroups([doneness, extras], { g1: ['rare'] })).toEqual([]);
  });

  it('sends the chosen ids in menu order', () => {
    expect(chosenOptionIds([doneness, extras], { g2: ['cheese', 'bacon'], g1: ['rare'] })).toEqual(['rare', 'bacon', 'cheese']);
  });
});
