import { describe, expect, it } from 'vitest';
import { helplineDirectories } from '../src/helplines/index.js';
import { indicatorSets } from '../src/indicators/index.js';
import { modules } from '../src/module/index.js';
import { quizzes } from '../src/quiz/index.js';
import { localizedTexts } from '../src/translations.js';
import { CONTENT_LANGUAGES } from '../src/vocabulary.js';

const kinds = [modules, quizzes, indicatorSets, helplineDirectories];
const shipped = kinds.flatMap((kind) => kind.builtinIds.map((id) => [kind.kind, id, kind] as const));

describe('built-in content', () => {
  it('ships the three STOP modules', () => {
    expect(modules.builtinIds).toEqual(['stop-1', 'stop-2', 'stop-3']);
  });

  describe.each(shipped)('%s %s', (_kind, id, kind) => {
    it.each(CONTENT_LANGUAGES.map((l) => [l]))('loads in %s, valid, with only English and that language', async (language) => {
      const doc = await kind.loadBuiltin(id, language);
      const result = kind.parse(doc);
      expect(result.ok ? [] : result.problems).toEqual([]);
      const languages = new Set([...localizedTexts(doc)].flatMap(({ text }) => Object.keys(text)));
      expect([...languages].sort()).toEqual([...new Set(['en', language])].sort());
    });
  });

  it('keeps, in every language, the list of languages each module exists in', async () => {
    for (const id of modules.builtinIds) {
      const doc = (await modules.loadBuiltin(id, 'el')) as { languages?: string[] };
      expect(doc.languages).toEqual(['en', 'fr', 'es', 'el', 'it']);
    }
  });

  it('rejects an unknown id, naming the known ones', async () => {
    await expect(modules.loadBuiltin('stop-9')).rejects.toThrow(/no built-in module "stop-9"; built-in ones: stop-1, stop-2, stop-3/);
  });
});

describe('built-in helpline directories, shipped by country', () => {
  it('names its parts: the EU-wide numbers and one per country', () => {
    expect(helplineDirectories.builtinParts('europe')).toEqual(['ES', 'EU', 'FR', 'GR', 'IT']);
    expect(modules.builtinParts('stop-1')).toEqual([]);
  });

  it('loads only the countries asked for, as one valid directory', async () => {
    const doc = (await helplineDirectories.loadBuiltin('europe', 'el', ['EU', 'GR'])) as { helplines: { country: string }[] };
    expect(helplineDirectories.parse(doc).ok).toBe(true);
    expect([...new Set(doc.helplines.map((h) => h.country))]).toEqual(['EU', 'GR']);
  });

  it('ships each country’s public holidays with its part, and only there', async () => {
    type Doc = { publicHolidays?: { country: string; dates: string[] }[] };
    const france = (await helplineDirectories.loadBuiltin('europe', 'fr', ['EU', 'FR'])) as Doc;
    expect(france.publicHolidays?.map((h) => h.country)).toEqual(['FR']);
    // Ascension Day and Whit Monday 2026, from Easter
    expect(france.publicHolidays?.[0]?.dates).toEqual(expect.arrayContaining(['2026-05-14', '2026-05-25', '2027-05-06', '2027-05-17']));
    const greece = (await helplineDirectories.loadBuiltin('europe', 'el', ['EU', 'GR'])) as Doc;
    expect(greece.publicHolidays).toBeUndefined();
    const both = (await helplineDirectories.loadBuiltin('europe', 'en', ['FR', 'IT'])) as Doc;
    expect(both.publicHolidays?.map((h) => h.country)).toEqual(['FR', 'IT']);
    expect(helplineDirectories.parse(both).ok).toBe(true);
  });

  it('skips a country with no part, and loads every part when none is named', async () => {
    const some = (await helplineDirectories.loadBuiltin('europe', 'en', ['EU', 'DE'])) as { helplines: { country: string }[] };
    expect(new Set(some.helplines.map((h) => h.country))).toEqual(new Set(['EU']));
    const all = (await helplineDirectories.loadBuiltin('europe', 'en')) as { helplines: unknown[] };
    expect(all.helplines).toHaveLength(24);
  });

  it('rejects a request for parts it does not have', async () => {
    await expect(helplineDirectories.loadBuiltin('europe', 'en', ['DE'])).rejects.toThrow(/none of the parts DE; it has ES, EU, FR, GR, IT/);
  });
});
