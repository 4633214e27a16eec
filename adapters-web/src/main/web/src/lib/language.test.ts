import { describe, expect, it } from 'vitest';
import { catalogues, LANGUAGES, pickLanguage } from './language';
import { english } from './strings';

/** Every key of a catalogue, as dotted paths (`menu.add`), with the kind of value it holds. */
function keysOf(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? keysOf(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}:${typeof value}`]);
}

describe('the guest app speaks English, Spanish and German', () => {
  it.each(LANGUAGES)('the %s catalogue has every key of the English one, and no other', (language) => {
    expect(keysOf(catalogues[language]).sort()).toEqual(keysOf(english).sort());
  });

  it('translates the guest sections (the portal may stay English)', () => {
    expect(catalogues.de.menu.add).toBe('Hinzufügen');
    expect(catalogues.es.cart.total).toBe('Total');
    expect(catalogues.de.cart.viewCart(2, '9,00 €')).toBe('Bestellung ansehen · 2 Artikel · 9,00 €');
    expect(catalogues.es.cart.itemCount(1)).toBe('1 producto');
    expect(catalogues.es.cart.itemCount(3)).toBe('3 productos');
    expect(catalogues.de.portal).toBe(english.portal);
  });

  it('picks a remembered choice, else the first browser language it speaks, else English', () => {
    expect(pickLanguage(['de-AT', 'en'], null)).toBe('de');
    expect(pickLanguage(['fr-FR', 'es-MX', 'de'], null)).toBe('es');
    expect(pickLanguage(['fr', 'it'], null)).toBe('en');
    expect(pickLanguage(['de-DE'], 'es')).toBe('es');
    expect(pickLanguage(['de-DE'], 'fr')).toBe('de');
  });
});
