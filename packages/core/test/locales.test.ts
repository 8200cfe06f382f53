import { describe, expect, it } from 'vitest';
import { intlLocale, localeDirection, resolveLocale } from '../src/locales.js';

describe('resolveLocale', () => {
  it.each([
    ['en', 'en'],
    ['fr', 'fr'],
    ['fr-BE', 'fr'],
    ['FR-be', 'fr'],
    ['es-419', 'es'],
    ['el-GR', 'el'],
    ['it_CH', 'it'],
    ['en-GB', 'en'],
    ['en-XA', 'en-XA'],
    ['en-xa', 'en-XA'],
    ['ar-XB', 'ar-XB'],
    ['ar', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
    ['  el  ', 'el'],
  ])('%s -> %s', (tag, expected) => {
    expect(resolveLocale(tag)).toBe(expected);
  });
});

describe('pseudo-locales', () => {
  it('use English Intl rules and their own direction', () => {
    expect(intlLocale('en-XA')).toBe('en');
    expect(intlLocale('ar-XB')).toBe('en');
    expect(intlLocale('el')).toBe('el');
    expect(localeDirection('ar-XB')).toBe('rtl');
    expect(localeDirection('fr')).toBe('ltr');
  });
});
