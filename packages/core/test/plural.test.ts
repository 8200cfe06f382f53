import { describe, expect, it } from 'vitest';
import { plural, pluralCategory } from '../src/plural.js';
import type { Locale } from '../src/locales.js';

const forms = { one: () => 'one', other: () => 'other' };

describe('plural', () => {
  // CLDR: French counts 0 and 1 as "one"; English, Spanish, Greek and Italian only 1.
  it.each<[Locale, number, string]>([
    ['en', 0, 'other'],
    ['en', 1, 'one'],
    ['en', 2, 'other'],
    ['en', 1.5, 'other'],
    ['fr', 0, 'one'],
    ['fr', 1, 'one'],
    ['fr', 1.5, 'one'],
    ['fr', 2, 'other'],
    ['es', 0, 'other'],
    ['es', 1, 'one'],
    ['es', 5, 'other'],
    ['el', 0, 'other'],
    ['el', 1, 'one'],
    ['el', 3, 'other'],
    ['it', 0, 'other'],
    ['it', 1, 'one'],
    ['it', 11, 'other'],
    ['en-XA', 1, 'one'],
    ['ar-XB', 2, 'other'],
  ])('%s %d -> %s', (locale, count, expected) => {
    expect(plural(count, forms, locale)).toBe(expected);
  });

  it('falls back to "other" for a category the message does not give', () => {
    // French, Spanish and Italian use "many" for round millions.
    expect(pluralCategory(1_000_000, 'fr')).toBe('many');
    expect(plural(1_000_000, forms, 'fr')).toBe('other');
    expect(plural(1_000_000, { ...forms, many: () => 'many' }, 'it')).toBe('many');
  });

  it('only evaluates the chosen message', () => {
    let calls = 0;
    plural(1, { one: () => 'one', other: () => String(++calls) }, 'en');
    expect(calls).toBe(0);
  });
});
