/**
 * The text search ignores case and accents in all five languages, matches every word typed,
 * finds numbers however they are spaced, and the list follows the reader's collation. The
 * directory searched is the one shipped, in the reader's language, as the widget shows it.
 */
import { describe, expect, it } from 'vitest';
import type { ContentLanguage, Helpline, HelplineDirectory, LocalizedText } from '@childrensafe/content';
import { helplineDirectories } from '@childrensafe/content/helplines';
import { NO_FILTERS, filterHelplines, indexHelplines, type Filters } from '../src/model/helpline-search.js';
import { foldForSearch, queryWords } from '../src/model/search-text.js';

async function directory(language: ContentLanguage): Promise<Helpline[]> {
  const result = helplineDirectories.parse(await helplineDirectories.loadBuiltin('europe', language));
  if (!result.ok) throw new Error('the shipped directory is invalid');
  return (result.value as HelplineDirectory).helplines;
}

const pick = (language: ContentLanguage) => (text: LocalizedText) => text[language] ?? text.en;
const now = Date.parse('2026-11-25T10:00:00Z');

async function search(language: ContentLanguage, country: string, query: string, more: Partial<Filters> = {}): Promise<string[]> {
  const index = indexHelplines(await directory(language), country, pick(language), new Intl.Collator(language));
  return filterHelplines(index, { ...NO_FILTERS, query, ...more }, now).map((h) => h.id);
}

describe('folding text for search', () => {
  it.each([
    ['fr', 'Allô Enfance en Danger', 'allo enfance en danger'],
    ['fr', 'l’élève, sa sœur', 'l eleve sa soeur'],
    ['es', 'Teléfono ANAR de Ayuda a Niños y Adolescentes', 'telefono anar de ayuda a ninos y adolescentes'],
    ['el', 'Το Χαμόγελο του Παιδιού', 'το χαμογελο του παιδιου'],
    ['el', 'ΕΞΑΦΑΝΙΣΜΕΝΟΣ εξαφανισμένος', 'εξαφανισμενοσ εξαφανισμενοσ'],
    ['el', 'Ϊ ΐ ΰ', 'ι ι υ'],
    ['it', 'Perché la città è così', 'perche la citta e cosi'],
    ['en', 'Child-helpline “116 111”', 'child helpline 116 111'],
  ])('%s: “%s” → “%s”', (_language, text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('splits a query into folded words, and an empty query into none', () => {
    expect(queryWords('  Enfants   DISPARUS ')).toEqual(['enfants', 'disparus']);
    expect(queryWords(' ’ - ')).toEqual([]);
  });
});

describe('searching the shipped directory', () => {
  it('English: any case', async () => {
    expect(await search('en', 'FR', 'MISSING')).toEqual(['fr-116000']);
    expect(await search('en', 'IT', 'TELEFONO azzurro helpline')).toEqual(['it-19696']);
  });

  it('French: with or without accents, and with either apostrophe', async () => {
    expect(await search('fr', 'FR', 'allo enfance')).toEqual(['fr-119']);
    expect(await search('fr', 'FR', 'ALLÔ')).toEqual(['fr-119']);
    expect(await search('fr', 'GR', "sourire de l'enfant")).toEqual(['gr-116000', 'gr-116111', 'gr-1056']);
  });

  it('Spanish: “ninos” finds “niños”, and the other way round', async () => {
    const plain = await search('es', 'ES', 'ninos desaparecidos');
    expect(plain).toEqual(['es-116000']);
    expect(await search('es', 'ES', 'NIÑOS desaparecidos')).toEqual(plain);
    expect(await search('es', 'ES', 'telefono')).toEqual(expect.arrayContaining(['es-anar', 'es-116000']));
  });

  it('Greek: with or without tonos, in capitals, with a final sigma', async () => {
    expect(await search('el', 'GR', 'χαμογελο παιδιου')).toEqual(expect.arrayContaining(['gr-1056', 'gr-116111', 'gr-116000']));
    expect(await search('el', 'GR', 'ΕΞΑΦΑΝΙΣΜΕΝΑ')).toEqual(['gr-116000']);
    expect(await search('el', 'GR', 'εξαφανισμένα παιδιά')).toEqual(['gr-116000']);
    expect(await search('el', 'GR', 'εφηβους')).toEqual(expect.arrayContaining(['gr-116111']));
  });

  it('Italian: “perche” and “perché”, and the lines of Italy only', async () => {
    expect(await search('it', 'IT', 'minori scomparsi')).toEqual(['it-116000']);
    expect(await search('it', 'IT', 'INFANZIA')).toContain('it-114');
    expect(await search('it', 'IT', 'infanzia')).not.toContain('fr-119');
  });

  it('finds a number however it is spaced or dotted', async () => {
    expect(await search('fr', 'FR', '116000')).toEqual(['fr-116000']);
    expect(await search('fr', 'FR', '116 000')).toEqual(['fr-116000']);
    expect(await search('it', 'IT', '19696')).toEqual(['it-19696']);
    expect(await search('it', 'IT', '1.96.96')).toEqual(['it-19696']);
  });

  it('needs every word: one word that matches nothing empties the list', async () => {
    expect(await search('en', 'FR', 'missing xylophone')).toEqual([]);
  });

  it('searches the text the reader sees, not another language’s', async () => {
    // “disparus” is in the French texts of the Greek 116 000, not in its Greek ones.
    expect(await search('fr', 'GR', 'disparus')).toEqual(['gr-116000']);
    expect(await search('el', 'GR', 'disparus')).toEqual([]);
  });
});

describe('order of the list', () => {
  const line = (id: string, name: string): Helpline =>
    ({ id, country: 'ES', name: { en: name }, description: { en: '' }, channels: [], topics: ['abuse'], audience: ['children'] }) as unknown as Helpline;
  const names = (language: string, lines: Helpline[]) =>
    indexHelplines(lines, 'ES', (t) => t.en, new Intl.Collator(language)).entries.map((e) => e.helpline.name.en);

  it('Spanish collation puts ñ after n', () => {
    expect(names('es', [line('a', 'Oso'), line('b', 'Ñandú'), line('c', 'Nube')])).toEqual(['Nube', 'Ñandú', 'Oso']);
  });

  it('Greek collation sorts accented and plain letters together, in the Greek alphabet', () => {
    expect(names('el', [line('a', 'Ωμέγα'), line('b', 'Άλφα'), line('c', 'Βήτα'), line('d', 'Αβγό')])).toEqual(['Αβγό', 'Άλφα', 'Βήτα', 'Ωμέγα']);
  });

  it('French collation ignores case and accents first: “École” before “enfance”', () => {
    expect(names('fr', [line('a', 'enfance'), line('b', 'École'), line('c', 'Zèbre')])).toEqual(['École', 'enfance', 'Zèbre']);
  });

  it('the shipped Greek lines, in Greek order', async () => {
    const index = indexHelplines(await directory('el'), 'GR', pick('el'), new Intl.Collator('el'));
    const shown = index.entries.map((e) => e.helpline.name.el!);
    expect(shown.length).toBeGreaterThan(2);
    expect(shown).toEqual([...shown].sort(new Intl.Collator('el').compare));
  });
});
