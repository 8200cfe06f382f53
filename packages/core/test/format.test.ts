import { describe, expect, it } from 'vitest';
import { formatLanguageList, formatMinutes, formatNumber, formatPercent } from '../src/format.js';
import { headingLevel } from '../src/heading-level.js';

describe('formatMinutes', () => {
  it.each([
    ['en', 45, '45 min'],
    ['en', 60, '1 hr'],
    ['en', 90, '1 hr 30 min'],
    ['fr', 45, '45 min'],
    ['fr', 120, '2 h'],
    ['el', 45, '45 λ.'],
    ['it', 90, '1 h 30 min'],
  ] as const)('%s %d min -> %s', (locale, minutes, expected) => {
    expect(formatMinutes(minutes, locale).replace(/\s/g, ' ')).toBe(expected);
  });
});

describe('formatLanguageList', () => {
  it('names languages in the reader’s language and joins them as a list', () => {
    expect(formatLanguageList(['en', 'fr', 'el'], 'en')).toBe('English, French, and Greek');
    expect(formatLanguageList(['en', 'fr', 'el'], 'fr')).toBe('anglais, français et grec');
    expect(formatLanguageList(['es', 'it'], 'el')).toBe('Ισπανικά και Ιταλικά');
  });
});

describe('formatNumber', () => {
  it('groups digits the locale’s way', () => {
    expect(formatNumber(10000, 'en')).toBe('10,000');
    expect(formatNumber(10000, 'el')).toBe('10.000');
  });
});

describe('formatPercent', () => {
  it('writes percentages the locale’s way', () => {
    expect(formatPercent(70, 'en')).toBe('70%');
    expect(formatPercent(70, 'fr').replace(/\s/g, ' ')).toBe('70 %');
    expect(formatPercent(100, 'el')).toBe('100%');
  });
});

describe('headingLevel', () => {
  it.each([
    [2, 3, 2],
    ['4', 3, 4],
    [6, 2, 6],
    [1, 3, 3],
    [7, 2, 2],
    ['x', 3, 3],
    [undefined, 2, 2],
  ] as const)('%o (usual %d) -> %d', (input, fallback, expected) => {
    expect(headingLevel(input, fallback)).toBe(expected);
  });
});
