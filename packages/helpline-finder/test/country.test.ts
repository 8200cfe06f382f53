/** Which country's lines to show: the reader's choice, the attribute, the page's language region; never a guess. */
import { describe, expect, it } from 'vitest';
import { isCountryCode } from '@childrensafe/content/vocabulary';
import { countryChoices, regionOf, resolveCountry } from '../src/model/country.js';

describe('country codes', () => {
  it.each(['FR', 'ES', 'GR', 'IT', 'BE', 'US'])('%s is a country', (code) => expect(isCountryCode(code)).toBe(true));
  it.each(['EU', 'XX', 'ZZ', 'QM', 'fr', 'FRA', '', 'F1'])('%s is not', (code) => expect(isCountryCode(code)).toBe(false));
});

describe('the region of a page language', () => {
  it.each([
    ['fr-BE', 'BE'],
    ['el-GR', 'GR'],
    ['es_ES', 'ES'],
    ['it-CH', 'CH'],
    ['en-US', 'US'],
    ['sr-Latn-RS', 'RS'],
  ])('%s → %s', (tag, region) => expect(regionOf(tag)).toBe(region));

  it.each([['fr'], ['es-419'], [''], [null], ['not a tag!'], ['en-XA']])('%s names no country', (tag) => expect(regionOf(tag)).toBeNull());
});

describe('resolving the country', () => {
  it('takes the attribute, in any case', () => {
    expect(resolveCountry({ attribute: 'gr', pageLanguage: 'fr-BE' })).toEqual({ country: 'GR', from: 'attribute', invalidAttribute: null });
  });

  it('else the region of the page language', () => {
    expect(resolveCountry({ pageLanguage: 'fr-BE' })).toEqual({ country: 'BE', from: 'page', invalidAttribute: null });
  });

  it('else nothing: the reader is asked, never located', () => {
    expect(resolveCountry({ pageLanguage: 'fr' })).toEqual({ country: null, from: null, invalidAttribute: null });
    expect(resolveCountry({})).toEqual({ country: null, from: null, invalidAttribute: null });
  });

  it('the reader’s choice wins over the page', () => {
    expect(resolveCountry({ choice: 'IT', attribute: 'FR', pageLanguage: 'es-ES' })).toEqual({ country: 'IT', from: 'choice', invalidAttribute: null });
  });

  it('reports an attribute that is not a country code, and goes on without it', () => {
    expect(resolveCountry({ attribute: 'France', pageLanguage: 'fr-FR' })).toEqual({ country: 'FR', from: 'page', invalidAttribute: 'France' });
    expect(resolveCountry({ attribute: 'EU' })).toEqual({ country: null, from: null, invalidAttribute: 'EU' });
    expect(resolveCountry({ attribute: '  ' })).toEqual({ country: null, from: null, invalidAttribute: null });
  });

  it('ignores a choice that is not a country code', () => {
    expect(resolveCountry({ choice: 'XX', attribute: 'ES' }).country).toBe('ES');
  });
});

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
