import { describe, expect, it } from 'vitest';
import { countryChoices } from '../src/model/country-choices.js';

describe('the countries a reader can choose', () => {
  const greek = new Intl.DisplayNames('el', { type: 'region' });
  const name = (code: string) => greek.of(code) ?? code;

  it('those with lines, by name in the reader’s collation, the EU-wide part left out', () => {
    expect(countryChoices(['FR', 'EU', 'IT', 'GR', 'ES'], null, name, new Intl.Collator('el'))).toEqual(['FR', 'GR', 'ES', 'IT']); // Γαλλία, Ελλάδα, Ισπανία, Ιταλία
  });

  it('with the current country even when it has no lines', () => {
    expect(countryChoices(['FR', 'IT'], 'BE', name, new Intl.Collator('el'))).toEqual(['BE', 'FR', 'IT']); // Βέλγιο, Γαλλία, Ιταλία
    expect(countryChoices(['FR', 'IT'], 'FR', name, new Intl.Collator('el'))).toEqual(['FR', 'IT']);
  });
});
