import { describe, expect, it } from 'vitest';
import { bumpCommand, picked, toBump } from './bumpBar';

describe('the bump bar', () => {
  it('reads digits as tickets, Enter and Space as bump, R as recall', () => {
    expect(bumpCommand({ key: '1' })).toEqual({ kind: 'pick', index: 0 });
    expect(bumpCommand({ key: '9' })).toEqual({ kind: 'pick', index: 8 });
    expect(bumpCommand({ key: '0' })).toBeUndefined();
    expect(bumpCommand({ key: 'Enter' })).toEqual({ kind: 'bump' });
    expect(bumpCommand({ key: ' ' })).toEqual({ kind: 'bump' });
    expect(bumpCommand({ key: 'r' })).toEqual({ kind: 'recall' });
    expect(bumpCommand({ key: 'R' })).toEqual({ kind: 'recall' });
    expect(bumpCommand({ key: 'Escape' })).toEqual({ kind: 'clear' });
  });

  it('leaves the browser its shortcuts', () => {
    expect(bumpCommand({ key: 'r', ctrlKey: true })).toBeUndefined();
    expect(bumpCommand({ key: '1', metaKey: true })).toBeUndefined();
  });

  it('picks the ticket with the badge, walks with the arrows around the ends, and lets go', () => {
    const ids = ['a', 'b', 'c'];
    expect(picked({ kind: 'pick', index: 1 }, ids, undefined)).toBe('b');
    expect(picked({ kind: 'pick', index: 5 }, ids, 'a')).toBe('a');
    expect(picked({ kind: 'step', by: 1 }, ids, 'c')).toBe('a');
    expect(picked({ kind: 'step', by: -1 }, ids, undefined)).toBe('c');
    expect(picked({ kind: 'clear' }, ids, 'b')).toBeUndefined();
    expect(picked({ kind: 'bump' }, ids, 'gone')).toBeUndefined();
  });

  it('bumps the picked ticket, or the oldest when none is', () => {
    expect(toBump(['a', 'b'], 'b')).toBe('b');
    expect(toBump(['a', 'b'], undefined)).toBe('a');
    expect(toBump(['a', 'b'], 'bumped already')).toBe('a');
    expect(toBump([], undefined)).toBeUndefined();
  });
});
