import { useId, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import type { MenuItem, ModifierGroup } from '../../lib/api/types';
import { MAX_QUANTITY, type CartLine } from '../../lib/cartLine';
import { formatMoney } from '../../lib/format';
import { strings } from '../../lib/strings';
import { chosenOptionIds, describeRule, isFull, toggleOption, unmetGroups, type Selection } from './modifierRules';

interface ItemDialogProps {
  item: MenuItem;
  currency: string;
  onAdd: (line: Omit<CartLine, 'key'>) => void;
  onClose: () => void;
}

/** Choosing an item: its modifier groups with their rules, a quantity and a note for the kitchen. */
export function ItemDialog({ item, currency, onAdd, onClose }: ItemDialogProps) {
  const [selection, setSelection] = useState<Selection>({});
  const [quantity, setQuantity] = useState(1);
  const [note, setNote] = useState('');
  const [showMissing, setShowMissing] = useState(false);
  const noteId = useId();
  const unmet = unmetGroups(item.modifierGroups, selection);

  function add() {
    if (unmet.length > 0) {
      setShowMissing(true);
      document.getElementById(`group-${unmet[0]!.group.id}`)?.focus();
      return;
    }
    const optionIds = chosenOptionIds(item.modifierGroups, selection);
    const names = new Map(item.modifierGroups.flatMap((g) => g.options).map((o) => [o.id, o.name]));
    onAdd({ menuItemId: item.id, name: item.name, quantity, optionIds, optionNames: optionIds.map((id) => names.get(id) ?? ''), note });
    onClose();
  }

  return (
    <Dialog
      title={item.name}
      onClose={onClose}
      footer={
        <>
          <div className="stepper" role="group" aria-label={strings.item.quantity}>
            <button type="button" className="stepper__button" onClick={() => setQuantity((q) => Math.max(1, q - 1))}
                    disabled={quantity <= 1} aria-label={strings.item.decrease}>−</button>
            <output className="stepper__value" aria-live="polite">{quantity}</output>
            <button type="button" className="stepper__button" onClick={() => setQuantity((q) => Math.min(MAX_QUANTITY, q + 1))}
                    disabled={quantity >= MAX_QUANTITY} aria-label={strings.item.increase}>+</button>
          </div>
          <button type="button" className="button button--primary button--grow" onClick={add} data-autofocus>
            {strings.item.addToCart}
          </button>
        </>
      }
    >
      {item.photoUrl && (
        <img className="item-dialog__photo" src={item.photoUrl} alt={item.name} loading="lazy" decoding="async"
             width={1200} height={900} />
      )}
      <p className="item-dialog__price">{formatMoney(item.price, currency)}</p>
      {item.description && <p className="item-dialog__description">{item.description}</p>}
      {item.modifierGroups.map((group) => (
        <GroupChoices key={group.id} group={group} currency={currency} selection={selection}
                      missing={showMissing && unmet.some((u) => u.group.id === group.id)}
                      onToggle={(optionId) => setSelection((s) => toggleOption(s, group, optionId))} />
      ))}
      <div className="field">
        <label htmlFor={noteId} className="field__label">{strings.item.note}</label>
        <textarea id={noteId} className="field__input" rows={2} maxLength={500} value={note}
                  placeholder={strings.item.notePlaceholder} onChange={(e) => setNote(e.target.value)} />
      </div>
    </Dialog>
  );
}

interface GroupChoicesProps {
  group: ModifierGroup;
  currency: string;
  selection: Selection;
  missing: boolean;
  onToggle: (optionId: string) => void;
}

function GroupChoices({ group, currency, selection, missing, onToggle }: GroupChoicesProps) {
  const single = group.maxSelect === 1;
  const full = isFull(selection, group);
  const rule = describeRule(group);
  const errorId = `group-${group.id}-error`;
  return (
    <fieldset id={`group-${group.id}`} tabIndex={-1} className={`choices ${missing ? 'choices--missing' : ''}`}
              aria-describedby={missing ? errorId : undefined}>
      <legend className="choices__legend">
        <span className="choices__name">{group.name}</span>
        <span className="choices__rule">
          {rule} · {group.minSelect > 0 ? strings.item.required : strings.item.optional}
        </span>
      </legend>
      {missing && <p id={errorId} className="field__error" role="alert">{strings.item.missing(group.name, rule)}</p>}
      {group.options.map((option) => {
        const checked = selection[group.id]?.includes(option.id) ?? false;
        return (
          <label key={option.id} className={`choice ${checked ? 'choice--checked' : ''}`}>
            <input type={single ? 'radio' : 'checkbox'} name={`group-${group.id}`} checked={checked}
                   disabled={!checked && full} onChange={() => onToggle(option.id)} />
            <span className="choice__name">{option.name}</span>
            {option.priceDelta !== 0 && (
              <span className="choice__price">
                {option.priceDelta > 0 ? '+' : ''}{formatMoney(option.priceDelta, currency)}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
