import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MenuItem } from '../../lib/api/types';
import { ItemDialog } from './ItemDialog';

const burger: MenuItem = {
  id: 'burger', name: 'Harbour Burger', description: 'Beef, brioche', price: 1450, available: true,
  modifierGroups: [
    { id: 'done', name: 'Doneness', minSelect: 1, maxSelect: 1,
      options: [{ id: 'rare', name: 'Medium rare', priceDelta: 0 }, { id: 'well', name: 'Well done', priceDelta: 0 }] },
    { id: 'extras', name: 'Extras', minSelect: 0, maxSelect: 2,
      options: [{ id: 'bacon', name: 'Bacon', priceDelta: 200 }, { id: 'cheese', name: 'Cheddar', priceDelta: 100 }, { id: 'egg', name: 'Egg', priceDelta: 150 }] },
  ],
};

function open() {
  const onAdd = vi.fn();
  const onClose = vi.fn();
  render(<div id="root"><button>opener</button></div>);
  screen.getByText('opener').focus();
  render(<ItemDialog item={burger} currency="USD" onAdd={onAdd} onClose={onClose} />);
  return { onAdd, onClose };
}

describe('the item dialog', () => {
  it('will not add until the required group is chosen, and says which group is missing', async () => {
    const { onAdd } = open();
    await userEvent.click(screen.getByRole('button', { name: 'Add to order' }));
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Doneness: choose 1');
  });

  it('shows the rules, caps the optional group at two, and adds the choices with quantity and note', async () => {
    const { onAdd, onClose } = open();
    expect(screen.getByText(/Choose 1 · Required/)).toBeInTheDocument();
    expect(screen.getByText(/Choose up to 2 · Optional/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Medium rare' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Bacon/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Cheddar/ }));
    expect(screen.getByRole('checkbox', { name: /Egg/ })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'One more' }));
    await userEvent.type(screen.getByLabelText('Note for the kitchen'), 'no pickles');
    await userEvent.click(screen.getByRole('button', { name: 'Add to order' }));
    expect(onAdd).toHaveBeenCalledWith({
      menuItemId: 'burger', name: 'Harbour Burger', quantity: 2, optionIds: ['rare', 'bacon', 'cheese'],
      optionNames: ['Medium rare', 'Bacon', 'Cheddar'], note: 'no pickles',
    });
    expect(onClose).toHaveBeenCalled();
  });

  it('keeps focus inside while open, closes on Escape', async () => {
    const { onClose } = open();
    const dialog = screen.getByRole('dialog', { name: 'Harbour Burger' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    for (let i = 0; i < 12; i++) {
      await userEvent.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});
