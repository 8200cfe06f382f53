import { describe, expect, it } from 'vitest';
import { formatLanguageList, formatMinutes, formatNumber } from '../src/format.js';

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
