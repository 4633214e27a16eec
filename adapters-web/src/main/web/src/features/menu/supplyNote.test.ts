import { describe, expect, it } from 'vitest';
import type { MenuItem } from '../../lib/api/types';
import { supplyNote } from './MenuPage';

const pie: MenuItem = { id: 'pie', name: 'Apple pie', price: 500, available: true, modifierGroups: [] };
const NOW = new Date('2026-12-08T15:00:00Z'); // 10:00 in New York

describe('what the guest is told of an item sold out or counted', () => {
  it('says when an item sold out for a while is back, with the day when it is not today', () => {
    const today = supplyNote({ ...pie, available: false, availableAgainAt: '2026-12-08T22:00:00Z' }, 'America/New_York', NOW);
    const tomorrow = supplyNote({ ...pie, available: false, availableAgainAt: '2026-12-09T22:00:00Z' }, 'America/New_York', NOW);
    expect(today).toMatch(/^Back at 5:00\sPM$/);
    expect(tomorrow).toMatch(/^Back at Wed.*5:00\sPM$/);
  });

  it('says how many portions are left while there are some, and nothing for an item not counted', () => {
    expect(supplyNote({ ...pie, stock: 3 }, 'America/New_York', NOW)).toBe('3 left');
    expect(supplyNote(pie, 'America/New_York', NOW)).toBeUndefined();
    expect(supplyNote({ ...pie, available: false, stock: 0 }, 'America/New_York', NOW)).toBeUndefined();
  });
});
