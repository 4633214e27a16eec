import { act, renderHook } from '@testing-library/react';
import { useCart } from './cartStore';

const burger = { menuItemId: 'burger', name: 'Harbour Burger', quantity: 1, optionIds: ['rare', 'bacon'], optionNames: ['Medium rare', 'Bacon'], note: '' };

describe('the cart', () => {
  it('survives a reload: another page of the same restaurant finds the same lines', () => {
    const first = renderHook(() => useCart('r1'));
    act(() => first.result.current.add(burger));
    act(() => first.result.current.add({ ...burger, quantity: 2 }));
    first.unmount();
    const reloaded = renderHook(() => useCart('r1'));
    expect(reloaded.result.current.lines).toHaveLength(1);
    expect(reloaded.result.current.lines[0]).toMatchObject({ menuItemId: 'burger', quantity: 3, optionIds: ['rare', 'bacon'] });
    expect(reloaded.result.current.count).toBe(3);
  });

  it('is kept per restaurant, and keeps other choices on their own line', () => {
    const r1 = renderHook(() => useCart('r1'));
    act(() => r1.result.current.add(burger));
    act(() => r1.result.current.add({ ...burger, optionIds: ['well'], optionNames: ['Well done'] }));
    expect(renderHook(() => useCart('r2')).result.current.lines).toEqual([]);
    expect(r1.result.current.lines).toHaveLength(2);
  });

  it('holds no prices, and forgets a line whose quantity goes to zero', () => {
    const cart = renderHook(() => useCart('r1'));
    act(() => cart.result.current.add(burger));
    expect(localStorage.getItem('chit.cart.r1')).not.toMatch(/price|total/i);
    act(() => cart.result.current.setQuantity(cart.result.current.lines[0]!.key, 0));
    expect(cart.result.current.lines).toEqual([]);
    expect(localStorage.getItem('chit.cart.r1')).toBeNull();
  });

  it('shrugs off a damaged entry instead of breaking the page', () => {
    localStorage.setItem('chit.cart.r1', '{not json');
    expect(renderHook(() => useCart('r1')).result.current.lines).toEqual([]);
  });
});
