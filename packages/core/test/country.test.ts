/** The reader's country, for the lines and the route a widget shows: the reader's choice, the attribute, the page's language region; never a guess. */
import { describe, expect, it } from 'vitest';
import { isCountryCode } from '@childrensafe/content/vocabulary';
import { regionOf, resolveCountry } from '../src/country.js';

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
