import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indicatorSetSchema, parseWith, type IndicatorSet, type LocalizedText } from '@childrensafe/content';
import { parseRichText, pickText, richTextToPlain } from '@childrensafe/core';
import {
  concernBand,
  concernLevel,
  concernScore,
  indicators,
  routesFor,
  orderedTicks,
  summaryText,
  tickedIn,
  type SummaryWords,
} from '../src/checklist-model.js';
import { brokenSet, unweightedSet, weightedSet } from '../fixtures/checklist.fixtures.js';

// weightedSet: relationships = isolated (1), older-friends (2), picked-up-by-adults (3, a strong
// sign that escalates to significant-concern); online = secretive-phone-use (1),
// several-phones (2). Maximum 9. Bands: low-concern from 0, some-concern from 2,
// significant-concern from 5.
// unweightedSet (counts): school = school-absences, tired-in-class; missing =
// missing-repeatedly (a strong sign: significant-concern on its own), out-overnight. Bands: no-concern from 0, some-concern from 1, significant-concern from 3.

const ticks = (...ids: string[]): ReadonlySet<string> => new Set(ids);
const bandOf = (set: IndicatorSet, ...ids: string[]): string => concernBand(set, ticks(...ids)).id;

const stopJson: unknown = JSON.parse(
  readFileSync(new URL('../../content/data/indicators/stop-indicators.json', import.meta.url), 'utf8'),
);
const stopParsed = parseWith(indicatorSetSchema, stopJson);
if (!stopParsed.ok) throw new Error(`stop-indicators.json does not validate: ${stopParsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
const stop = stopParsed.value;
const stopIds = indicators(stop).map((i) => i.id);

/** A copy of `set` with changes, for sets that validation must reject. */
const variant = (set: IndicatorSet, change: (copy: IndicatorSet) => void): IndicatorSet => {
  const copy = structuredClone(set);
  change(copy);
  return copy;
};

const messagesOf = (input: unknown): string[] => {
  const result = parseWith(indicatorSetSchema, input);
  return result.ok ? [] : result.problems.map((p) => p.message);
};

describe('fixtures', () => {
  it('the valid fixtures are complete after-parse sets', () => {
    for (const set of [weightedSet, unweightedSet]) {
      const result = parseWith(indicatorSetSchema, set);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (result.ok) expect(result.value).toEqual(set);
    }
  });

  it('the weighted set has 2 categories, 5 indicators weighing 1, 2 and 3, bands at 0, 2 and 5', () => {
    expect(weightedSet.categories).toHaveLength(2);
    expect(indicators(weightedSet).map((i) => i.weight)).toEqual([1, 2, 3, 1, 2]);
    expect(weightedSet.bands.map((b) => b.min)).toEqual([0, 2, 5]);
    expect(indicators(unweightedSet).every((i) => i.weight === undefined)).toBe(true);
  });
});

describe('concern score and band, with weights', () => {
  it('adds up the weights of the ticked indicators', () => {
    expect(concernScore(weightedSet, ticks())).toBe(0);
    expect(concernScore(weightedSet, ticks('isolated'))).toBe(1);
    expect(concernScore(weightedSet, ticks('picked-up-by-adults', 'several-phones'))).toBe(5);
    expect(concernScore(weightedSet, ticks(...indicators(weightedSet).map((i) => i.id)))).toBe(9);
  });

  it('the empty selection is the first band', () => {
    expect(concernBand(weightedSet, ticks())).toBe(weightedSet.bands[0]);
    expect(bandOf(weightedSet)).toBe('low-concern');
  });

  it.each([
    // first band, from 0: at it, and just over
    { ids: [], score: 0, band: 'low-concern' },
    { ids: ['isolated'], score: 1, band: 'low-concern' },
    // some-concern from 2: just under, at, just over
    { ids: ['secretive-phone-use'], score: 1, band: 'low-concern' },
    { ids: ['older-friends'], score: 2, band: 'some-concern' },
    { ids: ['isolated', 'secretive-phone-use'], score: 2, band: 'some-concern' },
    // picked-up-by-adults escalates: significant-concern on its own, whatever the score
    { ids: ['picked-up-by-adults'], score: 3, band: 'significant-concern' },
    { ids: ['isolated', 'picked-up-by-adults'], score: 4, band: 'significant-concern' },
    // significant-concern from 5: just under, at, just over, and everything
    { ids: ['older-friends', 'several-phones'], score: 4, band: 'some-concern' },
    { ids: ['older-friends', 'picked-up-by-adults'], score: 5, band: 'significant-concern' },
    { ids: ['isolated', 'older-friends', 'secretive-phone-use', 'isolated'], score: 4, band: 'some-concern' },
    { ids: ['isolated', 'older-friends', 'picked-up-by-adults'], score: 6, band: 'significant-concern' },
    { ids: ['isolated', 'older-friends', 'picked-up-by-adults', 'secretive-phone-use', 'several-phones'], score: 9, band: 'significant-concern' },
  ])('$ids: score $score, $band', ({ ids, score, band }) => {
    expect(concernScore(weightedSet, ticks(...ids))).toBe(score);
    expect(bandOf(weightedSet, ...ids)).toBe(band);
  });

  it('ignores ids that are not in the set', () => {
    expect(concernScore(weightedSet, ticks('no-such-sign', 'older-friends', 'picked-up-by-adults-2'))).toBe(2);
    expect(bandOf(weightedSet, 'no-such-sign', 'older-friends')).toBe('some-concern');
    expect(bandOf(weightedSet, 'no-such-sign', 'another-one', 'a-third')).toBe('low-concern');
    // ids of the real set mean nothing to the fixture
    expect(concernScore(weightedSet, ticks('missing-repeatedly', 'image-requests'))).toBe(0);
  });
});

describe('concern score and band, without weights (counts)', () => {
  it.each([
    { ids: [], score: 0, band: 'no-concern' },
    // some-concern from 1: at it, just over
    { ids: ['tired-in-class'], score: 1, band: 'some-concern' },
    { ids: ['tired-in-class', 'out-overnight'], score: 2, band: 'some-concern' },
    // significant-concern from 3: at it, just over; and missing-repeatedly alone, by escalation
    { ids: ['missing-repeatedly'], score: 1, band: 'significant-concern' },
    { ids: ['school-absences', 'tired-in-class', 'out-overnight'], score: 3, band: 'significant-concern' },
    { ids: ['school-absences', 'tired-in-class', 'missing-repeatedly'], score: 3, band: 'significant-concern' },
    { ids: ['school-absences', 'tired-in-class', 'missing-repeatedly', 'out-overnight'], score: 4, band: 'significant-concern' },
  ])('$ids: count $score, $band', ({ ids, score, band }) => {
    expect(concernScore(unweightedSet, ticks(...ids))).toBe(score);
    expect(bandOf(unweightedSet, ...ids)).toBe(band);
  });

  it('ignores unknown ids when counting', () => {
    expect(concernScore(unweightedSet, ticks('tired-in-class', 'unknown-a', 'unknown-b'))).toBe(1);
    expect(bandOf(unweightedSet, 'unknown-a', 'unknown-b', 'unknown-c')).toBe('no-concern');
  });
});

describe('fractional weights', () => {
  /** One category of indicators weighing `weights`, bands at 0 and `min`. */
  const fractional = (weights: number[], min: number): IndicatorSet =>
    variant(weightedSet, (copy) => {
      copy.id = 'fractional';
      copy.categories = [
        {
          id: 'only',
          title: { en: 'Only' },
          indicators: weights.map((weight, i) => ({ id: `w${i}`, text: { en: `Sign ${i}` }, explanation: { en: `Why ${i}` }, weight })),
        },
      ];
      copy.bands = [
        { ...weightedSet.bands[0]!, min: 0 },
        { ...weightedSet.bands[1]!, min },
      ];
    });

  it('0.1 + 0.2 is exactly 0.3, and reaches a band from 0.3', () => {
    const set = fractional([0.1, 0.2], 0.3);
    expect(parseWith(indicatorSetSchema, set).ok).toBe(true);
    expect(0.1 + 0.2).not.toBe(0.3); // the surprise the model must avoid
    expect(concernScore(set, ticks('w0', 'w1'))).toBe(0.3);
    expect(bandOf(set, 'w0', 'w1')).toBe('some-concern');
    expect(bandOf(set, 'w1')).toBe('low-concern');
  });

  it('0.7 + 0.1 reaches a band from 0.8 (plain addition gives 0.7999…)', () => {
    const set = fractional([0.7, 0.1], 0.8);
    expect(0.7 + 0.1).toBeLessThan(0.8);
    expect(concernScore(set, ticks('w0', 'w1'))).toBe(0.8);
    expect(bandOf(set, 'w0', 'w1')).toBe('some-concern');
    expect(bandOf(set, 'w0')).toBe('low-concern');
  });

  it('0.1 three times reaches 0.3 but not 0.4', () => {
    expect(concernScore(fractional([0.1, 0.1, 0.1, 0.2], 0.3), ticks('w0', 'w1', 'w2'))).toBe(0.3);
    expect(bandOf(fractional([0.1, 0.1, 0.1, 0.2], 0.3), 'w0', 'w1', 'w2')).toBe('some-concern');
    expect(bandOf(fractional([0.1, 0.1, 0.1, 0.2], 0.4), 'w0', 'w1', 'w2')).toBe('low-concern');
  });

  it('validation agrees with the model: a band at 0.8 is reachable with weights 0.7 and 0.1', () => {
    // The model rounds the score to two decimals (0.7 + 0.1 = 0.8, band reached); the schema's
    // reachability check must add the weights the same way, or it rejects a reachable band.
    const set = fractional([0.7, 0.1], 0.8);
    expect(bandOf(set, 'w0', 'w1')).toBe('some-concern');
    expect(messagesOf(set)).toEqual([]);
  });
});

describe('the real STOP indicator set', () => {
  const weight3 = indicators(stop).filter((i) => i.weight === 3);

  it('validates, has weights on every indicator, and bands no-indicators, some, significant, high', () => {
    expect(stop.id).toBe('stop-indicators');
    expect(indicators(stop).every((i) => typeof i.weight === 'number')).toBe(true);
    expect(stop.bands.map((b) => b.id)).toEqual(['no-indicators', 'some-concern', 'significant-concern', 'high-concern']);
  });

  it('nothing ticked: no-indicators', () => {
    expect(concernScore(stop, ticks())).toBe(0);
    expect(bandOf(stop)).toBe('no-indicators');
  });

  const strong = indicators(stop).filter((i) => i.strongSign);

  it('flags the signs whose own text calls them strong, immediate or same-day, and each escalates', () => {
    expect(strong.map((i) => [i.id, i.escalatesTo])).toEqual([
      ['picked-up-by-adults', 'significant-concern'],
      ['controlled-by-someone', 'significant-concern'],
      ['image-requests', 'high-concern'],
      ['missing-repeatedly', 'significant-concern'],
      ['found-with-unknown-adults', 'high-concern'],
      ['sexual-health-young-child', 'high-concern'],
    ]);
  });

  it.each([
    ['found-with-unknown-adults', 'high-concern'],
    ['sexual-health-young-child', 'high-concern'],
    ['image-requests', 'high-concern'],
    ['controlled-by-someone', 'significant-concern'],
    ['missing-repeatedly', 'significant-concern'],
    ['picked-up-by-adults', 'significant-concern'],
  ])('%s alone reaches %s and is named as what raised it', (id, band) => {
    const level = concernLevel(stop, ticks(id));
    expect(level.band.id).toBe(band);
    // the score alone would say less: that is the defect escalation mends
    expect(level.scoreBand.id).toBe('some-concern');
    expect(level.raisedBy.map((i) => i.id)).toEqual([id]);
  });

  it('the level is the highest of the score’s band and every escalation; only the signs that set it are named', () => {
    const level = concernLevel(stop, ticks('missing-repeatedly', 'image-requests', 'withdrawn'));
    expect(level.band.id).toBe('high-concern');
    expect(level.raisedBy.map((i) => i.id)).toEqual(['image-requests']);
    // a score that already reaches the band names no sign
    const byScore = concernLevel(stop, ticks(...weight3.map((i) => i.id), 'self-harm'));
    expect(byScore.scoreBand.id).toBe('high-concern');
    expect(byScore.raisedBy).toEqual([]);
  });

  it('everything ticked: high-concern', () => {
    expect(bandOf(stop, ...stopIds)).toBe('high-concern');
    expect(concernScore(stop, ticks(...stopIds))).toBe(indicators(stop).reduce((sum, i) => sum + (i.weight ?? 1), 0));
  });

  it('property: the level is the score’s band, or higher only through a ticked escalation', () => {
    const rank = (id: string | undefined) => stop.bands.findIndex((b) => b.id === id);
    fc.assert(
      fc.property(fc.subarray(stopIds), fc.array(fc.constantFrom('not-an-id', 'nope')), (subset, unknown) => {
        const ticked = ticks(...subset, ...unknown);
        const score = concernScore(stop, ticked);
        const { band, scoreBand, raisedBy } = concernLevel(stop, ticked);
        const scoreRank = stop.bands.indexOf(scoreBand);
        expect(scoreBand.min).toBeLessThanOrEqual(score);
        const next = stop.bands[scoreRank + 1];
        if (next) expect(next.min).toBeGreaterThan(score);
        const escalations = indicators(stop).filter((i) => ticked.has(i.id) && i.escalatesTo).map((i) => rank(i.escalatesTo));
        expect(stop.bands.indexOf(band)).toBe(Math.max(scoreRank, ...escalations));
        expect(concernBand(stop, ticked)).toBe(band);
        for (const sign of raisedBy) expect(rank(sign.escalatesTo)).toBe(stop.bands.indexOf(band));
        expect(raisedBy.length > 0).toBe(stop.bands.indexOf(band) > scoreRank);
      }),
      { numRuns: 500 },
    );
  });
});

describe('counts per category and order of ticks', () => {
  const [relationships, online] = weightedSet.categories;

  it('tickedIn counts the ticks of one category only', () => {
    const ticked = ticks('picked-up-by-adults', 'several-phones', 'isolated', 'unknown');
    expect(tickedIn(relationships!, ticked)).toBe(2);
    expect(tickedIn(online!, ticked)).toBe(1);
    expect(tickedIn(relationships!, ticks())).toBe(0);
    expect(tickedIn(online!, ticks('isolated', 'older-friends', 'picked-up-by-adults'))).toBe(0);
    expect(tickedIn(online!, ticks('secretive-phone-use', 'several-phones'))).toBe(2);
  });

  it('orderedTicks keeps the set’s order whatever the tick order, and drops unknown ids', () => {
    expect(orderedTicks(weightedSet, ticks('several-phones', 'unknown', 'isolated', 'picked-up-by-adults'))).toEqual([
      'isolated',
      'picked-up-by-adults',
      'several-phones',
    ]);
    expect(orderedTicks(weightedSet, ticks())).toEqual([]);
  });

  it('property: orderedTicks is the set order restricted to the ticks, for any tick order', () => {
    const ids = indicators(weightedSet).map((i) => i.id);
    fc.assert(
      fc.property(fc.shuffledSubarray(ids), (picked) => {
        expect(orderedTicks(weightedSet, new Set(picked))).toEqual(ids.filter((id) => picked.includes(id)));
      }),
    );
  });
});

describe('routesFor', () => {
  it('the country’s route when the set has one, else all of them', () => {
    expect(routesFor(weightedSet, 'ES')).toEqual({ routes: [weightedSet.reportingRoutes[1]], ofCountry: true });
    expect(routesFor(weightedSet, null)).toEqual({ routes: weightedSet.reportingRoutes, ofCountry: false });
    expect(routesFor(weightedSet, 'GR')).toEqual({ routes: weightedSet.reportingRoutes, ofCountry: false });
  });

  it('the real set has a route for each partner country, each with its legal duty and a source', () => {
    expect(stop.reportingRoutes.map((r) => r.country)).toEqual(['FR', 'ES', 'GR', 'IT']);
    for (const route of stop.reportingRoutes) expect(route.sources.length).toBeGreaterThan(0);
  });

  it('no route for Spain speaks of a national line', () => {
    const spain = stop.reportingRoutes.find((r) => r.country === 'ES')!;
    expect(spain.steps.en).toMatch(/no national public child-protection line/);
    expect(spain.name.en).not.toMatch(/national/i);
  });
});

describe('summaryText', () => {
  const strongSigns = indicators(stop).filter((i) => i.strongSign);
  type Lang = 'en' | 'fr' | 'es' | 'el' | 'it';
  const WHEN = 'Date and time: 1 March 2025 at 10:30';
  const fixed: Record<Lang, Omit<SummaryWords, 'text' | 'title' | 'disclaimer' | 'emergency' | 'raisedBy' | 'routeHeading' | 'countryName'>> = {
    en: { when: WHEN, caseReference: 'Your case reference (no names):', band: (t: string) => `Level of concern: ${t}`, tickedHeading: 'Indicators noticed:', noneTicked: 'None ticked' },
    fr: { when: 'Date et heure : 1 mars 2025 à 10:30', caseReference: 'Votre référence de dossier (sans nom) :', band: (t: string) => `Niveau de préoccupation\u00a0: ${t}`, tickedHeading: 'Indicateurs relevés\u00a0:', noneTicked: 'Aucun coché' },
    es: { when: 'Fecha y hora: 1 de marzo de 2025, 10:30', caseReference: 'Su referencia del caso (sin nombres):', band: (t: string) => `Nivel de preocupación: ${t}`, tickedHeading: 'Indicadores observados:', noneTicked: 'Ninguno marcado' },
    el: { when: 'Ημερομηνία και ώρα: 1 Μαρτίου 2025, 10:30', caseReference: 'Ο αριθμός της υπόθεσής σας (χωρίς ονόματα):', band: (t: string) => `Επίπεδο ανησυχίας: ${t}`, tickedHeading: 'Ενδείξεις που παρατηρήθηκαν:', noneTicked: 'Καμία επιλογή' },
    it: { when: 'Data e ora: 1 marzo 2025, 10:30', caseReference: 'Il suo riferimento del caso (senza nomi):', band: (t: string) => `Livello di preoccupazione: ${t}`, tickedHeading: 'Indicatori notati:', noneTicked: 'Nessuno selezionato' },
  };
  /** Words as the element builds them: fixed strings per locale, content texts in that language or English. */
  const wordsFor = (set: IndicatorSet, lang: Lang): SummaryWords => {
    // as the element does: the reader's language or English, light formatting marks removed
    const text = (value: LocalizedText) => richTextToPlain(parseRichText(pickText(value, lang).text));
    const countryName = (code: string) => new Intl.DisplayNames(lang, { type: 'region' }).of(code) ?? code;
    return {
      ...fixed[lang],
      title: text(set.title),
      disclaimer: text(set.disclaimer),
      emergency: text(set.emergency),
      text,
      raisedBy: (signs) => `Raised by: ${signs.join(' / ')}`,
      routeHeading: (country) => (country ? `Without a lead, in ${countryName(country)}:` : 'Without a lead, in each country:'),
      countryName,
    };
  };
  const LANGS: Lang[] = ['en', 'fr', 'es', 'el', 'it'];

  it('English, two ticks in two categories: the exact lines, in order', () => {
    const out = summaryText(weightedSet, ticks('several-phones', 'older-friends'), 'FR', wordsFor(weightedSet, 'en'));
    expect(out.split('\n')).toEqual([
      'Signs that a child may be sexually exploited',
      WHEN,
      'Your case reference (no names): ____________________',
      '',
      'Level of concern: Some concern',
      weightedSet.bands[1]!.guidance.en,
      '',
      'Without a lead, in France:',
      'The 119, or the public prosecutor',
      'Call the 119, free and open day and night: it passes your concern to the département.',
      'You may have a legal duty to report.',
      '',
      'Indicators noticed:',
      'Relationships',
      '- Spends time with new, older friends',
      'Phone and online activity',
      '- Has more than one phone',
      '',
      'If a child is in immediate danger, call 112.',
      // the disclaimer's two paragraphs, its *emphasis* marks removed
      'This checklist is an aid to your professional judgement, not a diagnosis. One sign on its own proves nothing, and a child can be exploited without showing any of them.',
      '',
      'Record what you notice and share it with your designated safeguarding lead.',
    ]);
  });

  it.each(LANGS)('%s: title, date, case reference blank, band and guidance, ticks by category, emergency, disclaimer', (lang) => {
    const words = wordsFor(weightedSet, lang);
    const t = words.text;
    const ticked = ticks('picked-up-by-adults', 'isolated', 'several-phones', 'unknown-id');
    const out = summaryText(weightedSet, ticked, 'FR', words);
    const lines = out.split('\n');
    const band = weightedSet.bands.find((b) => b.id === 'significant-concern')!; // 3 + 1 + 2 = 6
    const [relationships, online] = weightedSet.categories;
    const expectedOrder = [
      t(weightedSet.title),
      fixed[lang].when,
      `${fixed[lang].caseReference} ____________________`,
      fixed[lang].band(t(band.title)),
      t(band.guidance),
      fixed[lang].tickedHeading,
      t(relationships!.title),
      `- ${t(relationships!.indicators[0]!.text)}`,
      `- ${t(relationships!.indicators[2]!.text)}`,
      t(online!.title),
      `- ${t(online!.indicators[1]!.text)}`,
      t(weightedSet.emergency),
      t(weightedSet.disclaimer).split('\n')[0]!,
    ];
    // each expected line is there, and in that order
    const positions = expectedOrder.map((line) => lines.indexOf(line));
    expect(positions.every((p) => p >= 0), JSON.stringify({ lines, expectedOrder })).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(lines[0]).toBe(t(weightedSet.title));
    expect(lines[1]).toBe(fixed[lang].when);
    // emergency then disclaimer close the summary, after a blank line
    expect(out.endsWith(`\n\n${t(weightedSet.emergency)}\n${t(weightedSet.disclaimer)}`)).toBe(true);
    expect(out).not.toContain('*');
    // the case reference line is a blank to fill in by hand
    expect(lines[2]).toMatch(/ _{10,}$/);
    // indicator lines only for the ticked ones
    expect(lines.filter((l) => l.startsWith('- '))).toHaveLength(3);
    for (const indicator of indicators(weightedSet)) {
      const present = out.includes(t(indicator.text));
      expect(present, indicator.id).toBe(ticked.has(indicator.id));
    }
    // French texts in French; other locales fall back to English content
    if (lang === 'fr') expect(out).toContain('Est pris en charge par des adultes inconnus');
    else expect(out).toContain('Is picked up by unknown adults');
  });

  it.each(LANGS)('%s: nothing ticked says "none ticked" and lists no category', (lang) => {
    const words = wordsFor(weightedSet, lang);
    const lines = summaryText(weightedSet, ticks(), 'ES', words).split('\n');
    const heading = lines.indexOf(fixed[lang].tickedHeading);
    expect(heading).toBeGreaterThan(0);
    expect(lines[heading + 1]).toBe(`- ${fixed[lang].noneTicked}`);
    expect(lines[heading + 2]).toBe('');
    expect(lines).toContain(fixed[lang].band(words.text(weightedSet.bands[0]!.title)));
    for (const category of weightedSet.categories) expect(lines).not.toContain(words.text(category.title));
    expect(lines.filter((l) => l.startsWith('- '))).toEqual([`- ${fixed[lang].noneTicked}`]);
  });

  it('one strong sign: the summary says the escalated level and which sign raised it, in every language', () => {
    for (const lang of LANGS) {
      const words = wordsFor(stop, lang);
      for (const sign of strongSigns) {
        const lines = summaryText(stop, ticks(sign.id), 'GR', words).split('\n');
        const band = stop.bands.find((b) => b.id === sign.escalatesTo)!;
        const at = lines.indexOf(fixed[lang].band(words.text(band.title)));
        expect(at, `${lang} ${sign.id}`).toBeGreaterThan(0);
        expect(lines[at + 1]).toBe(`Raised by: ${words.text(sign.text)}`);
        expect(lines[at + 2]).toBe(words.text(band.guidance));
      }
    }
  });

  it('names the reader’s country’s route, or every country’s by name when it is unknown', () => {
    const words = wordsFor(stop, 'en');
    const italy = summaryText(stop, ticks('image-requests'), 'IT', words);
    const route = stop.reportingRoutes.find((r) => r.country === 'IT')!;
    expect(italy).toContain(`Without a lead, in Italy:\n${words.text(route.name)}\n${words.text(route.steps)}\n${words.text(route.duty)}`);
    expect(italy).not.toContain('Without a lead, in France');
    const unknown = summaryText(stop, ticks('image-requests'), null, words).split('\n');
    const heading = unknown.indexOf('Without a lead, in each country:');
    expect(unknown.slice(heading + 1, heading + 5)).toEqual(stop.reportingRoutes.map((r) => `- ${words.countryName(r.country)}: ${words.text(r.name)}`));
    // a country without a route (Belgium) is treated as unknown: every route is listed
    expect(summaryText(stop, ticks(), 'BE', words)).toContain('Without a lead, in each country:');
  });

  it('a category with nothing ticked is left out', () => {
    const lines = summaryText(weightedSet, ticks('several-phones'), null, wordsFor(weightedSet, 'en')).split('\n');
    expect(lines).not.toContain('Relationships');
    expect(lines).toContain('Phone and online activity');
    expect(lines).not.toContain('- None ticked');
  });

  it('asks for no personal data: no name, birth date or address field', () => {
    for (const lang of LANGS) {
      const out = summaryText(stop, ticks(...stopIds), 'IT', wordsFor(stop, lang));
      for (const line of out.split('\n')) {
        expect(line).not.toMatch(/^\s*(child'?s? ?)?(full )?(name|first name|surname|nom|prénom|nombre|nome|όνομα)\s*:/i);
        expect(line).not.toMatch(/(date of birth|date de naissance|address|adresse)\s*:/i);
      }
      // the only blank to fill is the case reference, which says "no names"
      expect(out.match(/_{5,}/g)).toHaveLength(1);
    }
    expect(Object.keys(wordsFor(weightedSet, 'en')).sort()).toEqual(
      ['band', 'caseReference', 'countryName', 'disclaimer', 'emergency', 'noneTicked', 'raisedBy', 'routeHeading', 'text', 'tickedHeading', 'title', 'when'].sort(),
    );
  });

  it('uses the unweighted set’s band for counts', () => {
    const out = summaryText(unweightedSet, ticks('out-overnight', 'tired-in-class', 'school-absences'), 'ES', wordsFor(unweightedSet, 'fr'));
    expect(out).toContain('Niveau de préoccupation\u00a0: Préoccupation importante');
    expect(out.indexOf('École')).toBeLessThan(out.indexOf('Disparitions'));
    expect(out).toContain('- Passe la nuit dehors sans dire où');
    expect(out).not.toContain('Disparaît du domicile');
  });
});

describe('validation of thresholds in content', () => {
  it('accepts the fixtures and rejects brokenSet (bands not from 0)', () => {
    const result = parseWith(indicatorSetSchema, brokenSet);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ path: 'bands', expected: 'expected the first concern band to start at 0' });
    }
  });

  it('rejects bands not starting at 0, with the path', () => {
    const result = parseWith(indicatorSetSchema, variant(weightedSet, (s) => void (s.bands[0]!.min = 0.5)));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const problem = result.problems.find((p) => p.message.startsWith('expected the first concern band to start at 0'));
      expect(problem, JSON.stringify(result.problems)).toBeDefined();
      expect(problem!.path).toBe('bands');
    }
  });

  it('rejects bands out of order', () => {
    const swapped = variant(weightedSet, (s) => void (s.bands = [s.bands[0]!, s.bands[2]!, s.bands[1]!]));
    const messages = messagesOf(swapped);
    expect(messages.some((m) => m.startsWith('expected concern bands in ascending order of min')), messages.join('\n')).toBe(true);
    const equal = variant(weightedSet, (s) => void (s.bands[2]!.min = 2));
    expect(messagesOf(equal).some((m) => m.startsWith('expected concern bands in ascending order of min'))).toBe(true);
  });

  it('rejects a band that cannot be reached with the total weight', () => {
    const unreachable = variant(weightedSet, (s) => void (s.bands[2]!.min = 10));
    expect(messagesOf(unreachable)).toContain('expected every concern band to be reachable, found a band from 10 with a maximum score of 9');
    // exactly the total is reachable
    const atMax = variant(weightedSet, (s) => void (s.bands[2]!.min = 9));
    expect(parseWith(indicatorSetSchema, atMax).ok).toBe(true);
    // without weights the maximum is the count
    const counted = variant(unweightedSet, (s) => void (s.bands[2]!.min = 5));
    expect(messagesOf(counted)).toContain('expected every concern band to be reachable, found a band from 5 with a maximum score of 4');
  });

  it('rejects weights on some indicators only', () => {
    const partial = variant(weightedSet, (s) => void delete s.categories[1]!.indicators[0]!.weight);
    expect(messagesOf(partial)).toContain('expected weights on every indicator or on none, found 4 of 5');
    const one = variant(unweightedSet, (s) => void (s.categories[0]!.indicators[0]!.weight = 2));
    expect(messagesOf(one)).toContain('expected weights on every indicator or on none, found 1 of 4');
  });

  it('rejects weights below 0.1 and a negative band', () => {
    expect(messagesOf(variant(weightedSet, (s) => void (s.categories[0]!.indicators[0]!.weight = 0))).some((m) => m.startsWith('expected a weight of at least 0.1'))).toBe(true);
    expect(messagesOf(variant(weightedSet, (s) => void (s.bands[1]!.min = -1))).length).toBeGreaterThan(0);
  });
});
