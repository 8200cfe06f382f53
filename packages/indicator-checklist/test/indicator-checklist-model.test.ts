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
} from '../src/indicator-checklist-model.js';
import { unweightedSet, weightedSet } from '../fixtures/indicator-checklist.fixtures.js';

// The expected values below are worked out by hand from these fixtures:
//
// weightedSet: relationships = isolated (1), older-friends (2), picked-up-by-adults (3, a strong
// sign that escalates to significant-concern); online = secretive-phone-use (1),
// several-phones (2). Maximum 9. Bands: low-concern from 0, some-concern from 2,
// significant-concern from 5.
//
// unweightedSet (counts, 1 each): school = school-absences, tired-in-class; missing =
// missing-repeatedly (a strong sign: significant-concern on its own), out-overnight.
// Bands: no-concern from 0, some-concern from 1, significant-concern from 3.
//
// The real STOP set (content/data/indicators/stop-indicators.json): bands no-indicators from 0,
// some-concern from 1, significant-concern from 5, high-concern from 10. Strong signs, weight 3
// each: picked-up-by-adults, controlled-by-someone, missing-repeatedly (to significant-concern);
// image-requests, found-with-unknown-adults, sexual-health-young-child (to high-concern).
// Other weights used here: withdrawn 1; self-harm, sexualised-behaviour, older-partner,
// older-friends 2 each. (content/test/stop-indicators.test.ts holds the set to its bands and strong signs.)

const ticks = (...ids: string[]): ReadonlySet<string> => new Set(ids);

const stopJson: unknown = JSON.parse(readFileSync(new URL('../../content/data/indicators/stop-indicators.json', import.meta.url), 'utf8'));
const stopParsed = parseWith(indicatorSetSchema, stopJson);
if (!stopParsed.ok) throw new Error(`stop-indicators.json does not validate: ${stopParsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
const stop = stopParsed.value;

describe('fixtures', () => {
  it('are sets the content schema accepts, and returns unchanged (what the element is given)', () => {
    for (const set of [weightedSet, unweightedSet]) {
      const result = parseWith(indicatorSetSchema, set);
      expect(result.ok ? result.value : result.problems).toEqual(set);
    }
  });
});

describe('indicators', () => {
  it('lists every indicator of every category, in the content’s order', () => {
    expect(indicators(weightedSet).map((i) => i.id)).toEqual(['isolated', 'older-friends', 'picked-up-by-adults', 'secretive-phone-use', 'several-phones']);
  });
});

/** One row of a table: ticks, then the score, the score's band, the level shown and the signs named. */
type Row = { ids: string[]; score: number; scoreBand: string; band: string; raisedBy: string[] };

const checkRow = (set: IndicatorSet, { ids, score, scoreBand, band, raisedBy }: Row) => {
  const level = concernLevel(set, ticks(...ids));
  expect(concernScore(set, ticks(...ids))).toBe(score);
  expect(level.score).toBe(score);
  expect(level.scoreBand.id).toBe(scoreBand);
  expect(level.band.id).toBe(band);
  expect(concernBand(set, ticks(...ids)).id).toBe(band);
  expect(level.raisedBy.map((i) => i.id)).toEqual(raisedBy);
};

describe('concern score and level, with weights', () => {
  it.each<Row>([
    // low-concern from 0: at it, and just over
    { ids: [], score: 0, scoreBand: 'low-concern', band: 'low-concern', raisedBy: [] },
    { ids: ['isolated'], score: 1, scoreBand: 'low-concern', band: 'low-concern', raisedBy: [] },
    { ids: ['secretive-phone-use'], score: 1, scoreBand: 'low-concern', band: 'low-concern', raisedBy: [] },
    // some-concern from 2: at it (2 = 2, 1 + 1 = 2), just over (1 + 2 = 3), just under the next (2 + 2 = 4)
    { ids: ['older-friends'], score: 2, scoreBand: 'some-concern', band: 'some-concern', raisedBy: [] },
    { ids: ['isolated', 'secretive-phone-use'], score: 2, scoreBand: 'some-concern', band: 'some-concern', raisedBy: [] },
    { ids: ['isolated', 'older-friends'], score: 3, scoreBand: 'some-concern', band: 'some-concern', raisedBy: [] },
    { ids: ['older-friends', 'several-phones'], score: 4, scoreBand: 'some-concern', band: 'some-concern', raisedBy: [] },
    // significant-concern from 5, by the score alone: at it (2 + 1 + 2 = 5), over it (1 + 2 + 1 + 2 = 6)
    { ids: ['older-friends', 'secretive-phone-use', 'several-phones'], score: 5, scoreBand: 'significant-concern', band: 'significant-concern', raisedBy: [] },
    {
      ids: ['isolated', 'older-friends', 'secretive-phone-use', 'several-phones'],
      score: 6,
      scoreBand: 'significant-concern',
      band: 'significant-concern',
      raisedBy: [],
    },
    // picked-up-by-adults escalates: significant-concern whatever the score, and named while the score says less
    { ids: ['picked-up-by-adults'], score: 3, scoreBand: 'some-concern', band: 'significant-concern', raisedBy: ['picked-up-by-adults'] },
    { ids: ['isolated', 'picked-up-by-adults'], score: 4, scoreBand: 'some-concern', band: 'significant-concern', raisedBy: ['picked-up-by-adults'] },
    // once the score reaches the band itself (2 + 3 = 5, 1 + 2 + 3 = 6, everything = 9), no sign is named
    { ids: ['older-friends', 'picked-up-by-adults'], score: 5, scoreBand: 'significant-concern', band: 'significant-concern', raisedBy: [] },
    { ids: ['isolated', 'older-friends', 'picked-up-by-adults'], score: 6, scoreBand: 'significant-concern', band: 'significant-concern', raisedBy: [] },
    {
      ids: ['several-phones', 'secretive-phone-use', 'picked-up-by-adults', 'older-friends', 'isolated'],
      score: 9,
      scoreBand: 'significant-concern',
      band: 'significant-concern',
      raisedBy: [],
    },
  ])('$ids: score $score, $scoreBand by score, shown $band', (row) => checkRow(weightedSet, row));

  it('the empty selection is the first band itself', () => {
    expect(concernBand(weightedSet, ticks())).toBe(weightedSet.bands[0]);
  });

  it('ignores ids that are not in the set', () => {
    expect(concernScore(weightedSet, ticks('no-such-sign', 'older-friends', 'picked-up-by-adults-2'))).toBe(2);
    expect(concernBand(weightedSet, ticks('no-such-sign', 'older-friends')).id).toBe('some-concern');
    expect(concernBand(weightedSet, ticks('no-such-sign', 'another-one', 'a-third')).id).toBe('low-concern');
    // ids of the real set mean nothing to the fixture
    expect(concernScore(weightedSet, ticks('missing-repeatedly', 'image-requests'))).toBe(0);
  });
});

describe('concern score and level, without weights (counts)', () => {
  it.each<Row>([
    { ids: [], score: 0, scoreBand: 'no-concern', band: 'no-concern', raisedBy: [] },
    // some-concern from 1: at it, just over
    { ids: ['tired-in-class'], score: 1, scoreBand: 'some-concern', band: 'some-concern', raisedBy: [] },
    { ids: ['tired-in-class', 'out-overnight'], score: 2, scoreBand: 'some-concern', band: 'some-concern', raisedBy: [] },
    // missing-repeatedly counts 1 like any other, and lifts the level on its own
    { ids: ['missing-repeatedly'], score: 1, scoreBand: 'some-concern', band: 'significant-concern', raisedBy: ['missing-repeatedly'] },
    { ids: ['out-overnight', 'missing-repeatedly'], score: 2, scoreBand: 'some-concern', band: 'significant-concern', raisedBy: ['missing-repeatedly'] },
    // significant-concern from 3: at it, by the count alone and with the strong sign; and everything (4)
    { ids: ['school-absences', 'tired-in-class', 'out-overnight'], score: 3, scoreBand: 'significant-concern', band: 'significant-concern', raisedBy: [] },
    { ids: ['school-absences', 'tired-in-class', 'missing-repeatedly'], score: 3, scoreBand: 'significant-concern', band: 'significant-concern', raisedBy: [] },
    {
      ids: ['school-absences', 'tired-in-class', 'missing-repeatedly', 'out-overnight'],
      score: 4,
      scoreBand: 'significant-concern',
      band: 'significant-concern',
      raisedBy: [],
    },
  ])('$ids: count $score, $scoreBand by count, shown $band', (row) => checkRow(unweightedSet, row));

  it('ignores unknown ids when counting', () => {
    expect(concernScore(unweightedSet, ticks('tired-in-class', 'unknown-a', 'unknown-b'))).toBe(1);
    expect(concernBand(unweightedSet, ticks('unknown-a', 'unknown-b', 'unknown-c')).id).toBe('no-concern');
  });
});

describe('fractional weights', () => {
  /** One category of indicators w0, w1… weighing `weights`, bands low-concern from 0 and some-concern from `min`. */
  const fractional = (weights: number[], min: number): IndicatorSet => ({
    ...weightedSet,
    id: 'fractional',
    categories: [
      {
        id: 'only',
        title: { en: 'Only' },
        indicators: weights.map((weight, i) => ({ id: `w${i}`, text: { en: `Sign ${i}` }, explanation: { en: `Why ${i}` }, weight })),
      },
    ],
    bands: [
      { ...weightedSet.bands[0]!, min: 0 },
      { ...weightedSet.bands[1]!, min },
    ],
  });

  // Each sum below is one that plain floating-point addition gets wrong (0.30000000000000004,
  // 0.7999999999999999): the score must be the sum to the hundredth, or a band is missed.
  it('0.1 + 0.2 scores 0.3 and reaches a band from 0.3; 0.2 alone does not', () => {
    const set = fractional([0.1, 0.2], 0.3);
    expect(concernScore(set, ticks('w0', 'w1'))).toBe(0.3);
    expect(concernBand(set, ticks('w0', 'w1')).id).toBe('some-concern');
    expect(concernBand(set, ticks('w1')).id).toBe('low-concern');
  });

  it('0.7 + 0.1 scores 0.8 and reaches a band from 0.8; 0.7 alone does not', () => {
    const set = fractional([0.7, 0.1], 0.8);
    expect(concernScore(set, ticks('w0', 'w1'))).toBe(0.8);
    expect(concernBand(set, ticks('w0', 'w1')).id).toBe('some-concern');
    expect(concernBand(set, ticks('w0')).id).toBe('low-concern');
  });

  it('0.1 three times scores 0.3: a band from 0.3 is reached, one from 0.4 is not', () => {
    expect(concernScore(fractional([0.1, 0.1, 0.1, 0.2], 0.3), ticks('w0', 'w1', 'w2'))).toBe(0.3);
    expect(concernBand(fractional([0.1, 0.1, 0.1, 0.2], 0.3), ticks('w0', 'w1', 'w2')).id).toBe('some-concern');
    expect(concernBand(fractional([0.1, 0.1, 0.1, 0.2], 0.4), ticks('w0', 'w1', 'w2')).id).toBe('low-concern');
  });

  it('property: the score is the exact sum of weights given to the hundredth', () => {
    // The oracle adds whole hundredths (integers, exact) and divides once.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 10, max: 1000 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (hundredths, picks) => {
          const set = fractional(
            hundredths.map((h) => h / 100),
            0.1,
          );
          const picked = hundredths.flatMap((_, i) => (picks[i] ? [`w${i}`] : []));
          const total = hundredths.reduce((sum, h, i) => sum + (picks[i] ? h : 0), 0);
          expect(concernScore(set, new Set(picked))).toBe(total / 100);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: validation refuses exactly the bands that ticking everything cannot reach', () => {
    // A band from m hundredths is reachable when m is at most the total of the weights in
    // hundredths: integer arithmetic, so the oracle has no rounding of its own.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 10, max: 1000 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: -50, max: 50 }), (hundredths, offset) => {
        const total = hundredths.reduce((a, b) => a + b, 0);
        const m = Math.max(1, total + offset);
        const set = fractional(
          hundredths.map((h) => h / 100),
          m / 100,
        );
        const all = ticks(...hundredths.map((_, i) => `w${i}`));
        expect(parseWith(indicatorSetSchema, set).ok).toBe(m <= total);
        expect(concernBand(set, all).id).toBe(m <= total ? 'some-concern' : 'low-concern');
      }),
      { numRuns: 500 },
    );
  });
});

describe('the real STOP indicator set', () => {
  it('nothing ticked: score 0, no-indicators', () => {
    checkRow(stop, { ids: [], score: 0, scoreBand: 'no-indicators', band: 'no-indicators', raisedBy: [] });
  });

  it.each([
    ['found-with-unknown-adults', 'high-concern'],
    ['sexual-health-young-child', 'high-concern'],
    ['image-requests', 'high-concern'],
    ['controlled-by-someone', 'significant-concern'],
    ['missing-repeatedly', 'significant-concern'],
    ['picked-up-by-adults', 'significant-concern'],
  ])('%s alone (3, some-concern by score) reaches %s and is named as what raised it', (id, band) => {
    checkRow(stop, { ids: [id], score: 3, scoreBand: 'some-concern', band, raisedBy: [id] });
  });

  it('the level is the highest of the score’s band and every escalation; only the signs that set it are named', () => {
    // 3 + 3 + 1 = 7: significant-concern by score and by missing-repeatedly; image-requests lifts it to high
    checkRow(stop, {
      ids: ['missing-repeatedly', 'image-requests', 'withdrawn'],
      score: 7,
      scoreBand: 'significant-concern',
      band: 'high-concern',
      raisedBy: ['image-requests'],
    });
  });

  it('names every sign that set the level, in the content’s order whatever the tick order', () => {
    // 3 + 3 = 6; image-requests (online) comes before found-with-unknown-adults (missing)
    checkRow(stop, {
      ids: ['found-with-unknown-adults', 'image-requests'],
      score: 6,
      scoreBand: 'significant-concern',
      band: 'high-concern',
      raisedBy: ['image-requests', 'found-with-unknown-adults'],
    });
  });

  it('names no sign when the score alone reaches the band the sign leads to', () => {
    // 3 + 2 = 5: significant-concern by score, which is where picked-up-by-adults leads
    checkRow(stop, { ids: ['picked-up-by-adults', 'self-harm'], score: 5, scoreBand: 'significant-concern', band: 'significant-concern', raisedBy: [] });
    // 3 + 2 + 2 + 2 + 2 = 11: high-concern by score, where image-requests leads
    checkRow(stop, {
      ids: ['image-requests', 'self-harm', 'sexualised-behaviour', 'older-partner', 'older-friends'],
      score: 11,
      scoreBand: 'high-concern',
      band: 'high-concern',
      raisedBy: [],
    });
  });

  it('a lower escalation further down the list does not undo a higher one', () => {
    // The weighted set with a fourth band, high-concern from 8 (9 reachable), picked-up-by-adults
    // escalating to it and secretive-phone-use to significant-concern. Both ticked: 3 + 1 = 4,
    // some-concern by score; the level is the higher of the two escalations, whatever their order.
    const fourBands = structuredClone(weightedSet);
    fourBands.bands.push({ ...structuredClone(weightedSet.bands[2]!), id: 'high-concern', min: 8, title: { en: 'High concern' } });
    fourBands.categories[0]!.indicators[2]!.escalatesTo = 'high-concern';
    Object.assign(fourBands.categories[1]!.indicators[0]!, { escalatesTo: 'significant-concern', strongSign: true });
    expect(parseWith(indicatorSetSchema, fourBands).ok).toBe(true);
    checkRow(fourBands, {
      ids: ['secretive-phone-use', 'picked-up-by-adults'],
      score: 4,
      scoreBand: 'some-concern',
      band: 'high-concern',
      raisedBy: ['picked-up-by-adults'],
    });
    checkRow(fourBands, { ids: ['secretive-phone-use'], score: 1, scoreBand: 'low-concern', band: 'significant-concern', raisedBy: ['secretive-phone-use'] });
  });

  it('everything ticked: high-concern', () => {
    expect(concernBand(stop, ticks(...indicators(stop).map((i) => i.id))).id).toBe('high-concern');
  });
});

/**
 * A set and the test's own knowledge of it: its ids in content order, each one's weight in
 * hundredths (100 when the set has no weights), the category each is in, and the band each
 * escalates to (-1 for none).
 */
interface Known {
  set: IndicatorSet;
  ids: string[];
  hundredths: number[];
  category: number[];
  escalation: number[];
}

/**
 * Any indicator set the schema accepts, as far as the rules go: 1–3 categories of 1–4
 * indicators i0, i1… (numbered in content order), weighted in hundredths or not, 1–4 bands
 * from 0, each reachable, and signs that escalate to any band above the first.
 */
const arbKnown: fc.Arbitrary<Known> = fc
  .record({ sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }), weighted: fc.boolean() })
  .chain(({ sizes, weighted }) => {
    const n = sizes.reduce((a, b) => a + b, 0);
    return fc.tuple(
      fc.constant(sizes),
      fc.constant(weighted),
      weighted ? fc.array(fc.integer({ min: 10, max: 1000 }), { minLength: n, maxLength: n }) : fc.constant<number[]>(Array<number>(n).fill(100)),
      fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 3 }),
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
    );
  })
  .map(([sizes, weighted, hundredths, percents, escalates]) => {
    const total = hundredths.reduce((a, b) => a + b, 0);
    // band minimums in hundredths: 0, then shares of the total, so each is reachable
    const mins = [0, ...new Set(percents.map((p) => Math.max(1, Math.floor((total * p) / 100))))].sort((a, b) => a - b);
    const bands = mins.map((min, b) => ({
      id: `b${b}`,
      min: min / 100,
      title: { en: `Band ${b}` },
      guidance: { en: `Guidance ${b}` },
      actions: ['record' as const],
    }));
    const ids = hundredths.map((_, i) => `i${i}`);
    // 0 is no escalation; 1–3 pick a band above the first, when there is one
    const escalation = escalates.map((e) => (e > 0 && bands.length > 1 ? 1 + ((e - 1) % (bands.length - 1)) : -1));
    const category = sizes.flatMap((size, c) => Array<number>(size).fill(c));
    const set: IndicatorSet = {
      ...weightedSet,
      id: 'generated',
      categories: sizes.map((_, c) => ({
        id: `c${c}`,
        title: { en: `Category ${c}` },
        indicators: ids
          .filter((_, i) => category[i] === c)
          .map((id) => {
            const i = ids.indexOf(id);
            const e = escalation[i]!;
            return {
              id,
              text: { en: `Sign ${i}` },
              explanation: { en: `Why ${i}` },
              ...(weighted ? { weight: hundredths[i]! / 100 } : {}),
              ...(e > 0 ? { escalatesTo: `b${e}`, strongSign: true } : {}),
            };
          }),
      })),
      bands,
    };
    const shown = `generated set: categories of ${sizes.join(', ')}; ${weighted ? `weights ${hundredths.map((h) => h / 100).join(', ')}` : 'no weights'}; bands from ${mins.map((m) => m / 100).join(', ')}; escalations ${escalation.join(', ')}`;
    return { set, ids, hundredths, category, escalation, [fc.toStringMethod]: () => shown };
  });

/** The real set, described the same way. */
const stopKnown: Known = (() => {
  const all = indicators(stop);
  return {
    set: stop,
    ids: all.map((i) => i.id),
    hundredths: all.map((i) => (i.weight ?? 1) * 100),
    category: all.map((i) => stop.categories.findIndex((c) => c.indicators.includes(i))),
    escalation: all.map((i) => stop.bands.findIndex((b) => b.id === i.escalatesTo)),
    [fc.toStringMethod]: () => 'the STOP set',
  };
})();

/** A set, ticks among its ids (in any order), more ticks, and ids it does not have. */
const arbScenario = fc.oneof(arbKnown, fc.constant(stopKnown)).chain((known) =>
  fc.record({
    known: fc.constant(known),
    picked: fc.shuffledSubarray(known.ids),
    more: fc.shuffledSubarray(known.ids),
    unknown: fc.uniqueArray(fc.constantFrom('not-an-id', 'I0', 'i-1', '', 'picked-up-by-adults ', 'i0 '), { maxLength: 3 }),
  }),
);

/** Words that mark where each line comes from, so a line the model makes up stands out. */
const tagged: SummaryWords = {
  title: 'TITLE',
  when: 'WHEN',
  caseReference: 'CASE',
  band: (t) => `BAND ${t}`,
  raisedBy: (signs) => `RAISED ${signs.join(' | ')}`,
  routeHeading: (country) => `ROUTE ${country ?? 'EACH'}`,
  countryName: (code) => `COUNTRY ${code}`,
  tickedHeading: 'TICKED',
  noneTicked: 'NONE',
  disclaimer: 'DISCLAIMER',
  emergency: 'EMERGENCY',
  text: (value) => `«${value.en.replace(/\s+/g, ' ')}»`,
};
const T = tagged.text;

const rankOf = (set: IndicatorSet, id: string) => set.bands.findIndex((b) => b.id === id);
const byContentOrder = (known: Known, ids: readonly string[]) => [...ids].sort((a, b) => known.ids.indexOf(a) - known.ids.indexOf(b));
const sumOf = (known: Known, ids: readonly string[]) => ids.reduce((sum, id) => sum + known.hundredths[known.ids.indexOf(id)]!, 0);

describe('properties of the level', () => {
  it('the generated sets are sets the schema accepts', () => {
    fc.assert(
      fc.property(arbKnown, ({ set }) => {
        const result = parseWith(indicatorSetSchema, set);
        expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the score is the sum of the ticked weights (or the count), to the hundredth', () => {
    fc.assert(
      fc.property(arbScenario, ({ known, picked, unknown }) => {
        expect(concernScore(known.set, ticks(...picked, ...unknown))).toBe(sumOf(known, picked) / 100);
      }),
      { numRuns: 300 },
    );
  });

  it('the score’s band is the last band whose minimum the score reaches', () => {
    fc.assert(
      fc.property(arbScenario, ({ known, picked }) => {
        const { set } = known;
        const score = sumOf(known, picked) / 100;
        const { scoreBand } = concernLevel(set, ticks(...picked));
        const at = set.bands.indexOf(scoreBand);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(scoreBand.min).toBeLessThanOrEqual(score);
        const next = set.bands[at + 1];
        if (next) expect(next.min).toBeGreaterThan(score);
      }),
      { numRuns: 300 },
    );
  });

  it('ticking more never lowers the score, the score’s band or the level', () => {
    fc.assert(
      fc.property(arbScenario, ({ known, picked, more }) => {
        const { set } = known;
        const before = concernLevel(set, ticks(...picked));
        const after = concernLevel(set, ticks(...picked, ...more));
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(set.bands.indexOf(after.scoreBand)).toBeGreaterThanOrEqual(set.bands.indexOf(before.scoreBand));
        expect(set.bands.indexOf(after.band)).toBeGreaterThanOrEqual(set.bands.indexOf(before.band));
      }),
      { numRuns: 300 },
    );
  });

  it('a ticked strong sign raises the level to at least its band', () => {
    fc.assert(
      fc.property(arbScenario, ({ known, picked }) => {
        const { set } = known;
        const level = set.bands.indexOf(concernLevel(set, ticks(...picked)).band);
        for (const id of picked) expect(level, id).toBeGreaterThanOrEqual(known.escalation[known.ids.indexOf(id)]!);
      }),
      { numRuns: 300 },
    );
  });

  it('the level is the score’s band or a ticked sign’s band, never more; it names the signs that set it, in content order', () => {
    fc.assert(
      fc.property(arbScenario, ({ known, picked }) => {
        const { set } = known;
        const { band, scoreBand, raisedBy } = concernLevel(set, ticks(...picked));
        const level = set.bands.indexOf(band);
        const byScore = set.bands.indexOf(scoreBand);
        const escalations = picked.map((id) => known.escalation[known.ids.indexOf(id)]!);
        expect(level).toBeGreaterThanOrEqual(byScore);
        expect(level === byScore || escalations.includes(level)).toBe(true);
        if (level === byScore) expect(raisedBy).toEqual([]);
        else
          expect(raisedBy.map((i) => i.id)).toEqual(
            byContentOrder(
              known,
              picked.filter((id) => known.escalation[known.ids.indexOf(id)] === level),
            ),
          );
        for (const sign of raisedBy) expect(rankOf(set, sign.escalatesTo!)).toBe(level);
      }),
      { numRuns: 300 },
    );
  });

  it('ids the set does not have change nothing', () => {
    fc.assert(
      fc.property(arbScenario, ({ known, picked, unknown }) => {
        const { set } = known;
        expect(concernLevel(set, ticks(...picked, ...unknown))).toEqual(concernLevel(set, ticks(...picked)));
        expect(orderedTicks(set, ticks(...picked, ...unknown))).toEqual(orderedTicks(set, ticks(...picked)));
        expect(summaryText(set, ticks(...picked, ...unknown), null, tagged)).toBe(summaryText(set, ticks(...picked), null, tagged));
      }),
      { numRuns: 300 },
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

  it('property: orderedTicks gives every known tick once, in content order, and no unknown id', () => {
    fc.assert(
      fc.property(arbScenario, ({ known, picked, unknown }) => {
        const out = orderedTicks(known.set, ticks(...picked, ...unknown));
        const positions = out.map((id) => known.ids.indexOf(id));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect(positions.every((p, i) => i === 0 || p > positions[i - 1]!)).toBe(true);
        expect(out).toHaveLength(picked.length);
      }),
    );
  });

  it('property: the ticks counted per category add up to the known ticks', () => {
    fc.assert(
      fc.property(arbScenario, ({ known, picked, unknown }) => {
        const ticked = ticks(...picked, ...unknown);
        known.set.categories.forEach((category, c) => {
          expect(tickedIn(category, ticked)).toBe(picked.filter((id) => known.category[known.ids.indexOf(id)] === c).length);
        });
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
});

describe('summaryText', () => {
  const WHEN = 'Date and time: 1 March 2025 at 10:30';
  const WHEN_FR = 'Date et heure : 1 mars 2025 à 10:30';
  const countries: Record<'en' | 'fr', Record<string, string>> = { en: { FR: 'France', ES: 'Spain' }, fr: { FR: 'France', ES: 'Espagne' } };

  /** Words as the element builds them: its own strings, and content texts in the language (or English) without formatting marks. */
  const wordsFor = (set: IndicatorSet, lang: 'en' | 'fr'): SummaryWords => {
    const text = (value: LocalizedText) => richTextToPlain(parseRichText(pickText(value, lang).text));
    const countryName = (code: string) => countries[lang][code] ?? code;
    const common = { title: text(set.title), disclaimer: text(set.disclaimer), emergency: text(set.emergency), text, countryName };
    return lang === 'en'
      ? {
          ...common,
          when: WHEN,
          caseReference: 'Your case reference (no names):',
          band: (t) => `Level of concern: ${t}`,
          raisedBy: (signs) => `Raised by: ${signs.join(' / ')}`,
          routeHeading: (country) => (country ? `Without a lead, in ${countryName(country)}:` : 'Without a lead, in each country:'),
          tickedHeading: 'Indicators noticed:',
          noneTicked: 'None ticked',
        }
      : {
          ...common,
          when: WHEN_FR,
          caseReference: 'Votre référence de dossier (sans nom) :',
          band: (t) => `Niveau de préoccupation\u00a0: ${t}`,
          raisedBy: (signs) => `Porté à ce niveau par un signe fort : ${signs.join(', ')}`,
          routeHeading: (country) => (country ? `Sans référent, en ${countryName(country)} :` : 'Sans référent, dans chaque pays :'),
          tickedHeading: 'Indicateurs relevés\u00a0:',
          noneTicked: 'Aucun coché',
        };
  };

  const DISCLAIMER_EN = [
    'This checklist is an aid to your professional judgement, not a diagnosis. One sign on its own proves nothing, and a child can be exploited without showing any of them.',
    '',
    'Record what you notice and share it with your designated safeguarding lead.',
  ];

  it('English, two ticks in two categories, a country with a route: the exact lines, in order', () => {
    // 2 + 2 = 4: some-concern
    const out = summaryText(weightedSet, ticks('several-phones', 'older-friends'), 'FR', wordsFor(weightedSet, 'en'));
    expect(out.split('\n')).toEqual([
      'Signs that a child may be sexually exploited',
      WHEN,
      'Your case reference (no names): ____________________',
      '',
      'Level of concern: Some concern',
      'Write down what you have seen and heard, with dates and the child’s own words, and talk to your designated safeguarding lead.',
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
      ...DISCLAIMER_EN,
    ]);
  });

  it.each([null, 'BE'])('English, nothing ticked, country %s (no route of its own): "none ticked", no category, every country’s route by name', (country) => {
    expect(summaryText(weightedSet, ticks('unknown-id'), country, wordsFor(weightedSet, 'en')).split('\n')).toEqual([
      'Signs that a child may be sexually exploited',
      WHEN,
      'Your case reference (no names): ____________________',
      '',
      'Level of concern: Low concern',
      'Keep observing and trust your judgement. If something still worries you, talk to your designated safeguarding lead.',
      '',
      'Without a lead, in each country:',
      '- France: The 119, or the public prosecutor',
      '- Spain: Your region’s child protection services',
      '',
      'Indicators noticed:',
      '- None ticked',
      '',
      'If a child is in immediate danger, call 112.',
      ...DISCLAIMER_EN,
    ]);
  });

  it('French, one strong sign: the level it raises to, the sign that raised it, the French route and texts', () => {
    // picked-up-by-adults alone: score 3 (some-concern), raised to significant-concern
    expect(summaryText(weightedSet, ticks('picked-up-by-adults'), 'ES', wordsFor(weightedSet, 'fr')).split('\n')).toEqual([
      'Signes pouvant indiquer l’exploitation sexuelle d’un enfant',
      WHEN_FR,
      'Votre référence de dossier (sans nom) : ____________________',
      '',
      'Niveau de préoccupation\u00a0: Préoccupation importante',
      'Porté à ce niveau par un signe fort : Est pris en charge par des adultes inconnus',
      'Parlez-en aujourd’hui à votre référent et appelez la ligne nationale de protection de l’enfance, selon votre procédure.',
      '',
      'Sans référent, en Espagne :',
      'Les services de protection de l’enfance de votre région',
      'Signalez la situation au service de protection de l’enfance de votre région.',
      'Vous pouvez avoir l’obligation légale de signaler.',
      '',
      'Indicateurs relevés\u00a0:',
      'Relations',
      '- Est pris en charge par des adultes inconnus',
      '',
      'Si un enfant est en danger immédiat, appelez le 112.',
      'Cette liste aide votre jugement professionnel ; ce n’est pas un diagnostic. Un signe isolé ne prouve rien, et un enfant peut être exploité sans en montrer aucun.',
      '',
      'Notez ce que vous observez et parlez-en à votre référent protection de l’enfance.',
    ]);
  });

  it('says no sign raised the level when the score reaches it too', () => {
    // older-friends + picked-up-by-adults: 2 + 3 = 5, significant-concern by score
    const lines = summaryText(weightedSet, ticks('older-friends', 'picked-up-by-adults'), 'FR', wordsFor(weightedSet, 'en')).split('\n');
    expect(lines.slice(4, 7)).toEqual([
      'Level of concern: Significant concern',
      'Talk to your designated safeguarding lead today and call the national child protection line, following your procedure.',
      '',
    ]);
  });

  it('names two signs that raised the level, in the content’s order', () => {
    const lines = summaryText(stop, ticks('found-with-unknown-adults', 'image-requests'), 'IT', wordsFor(stop, 'en')).split('\n');
    expect(lines[4]).toBe('Level of concern: High concern');
    expect(lines[5]).toBe(
      'Raised by: Has been asked for intimate images, or is being threatened with images / Is found with unknown adults in hotels, short-stay flats or other places linked to exploitation',
    );
  });

  it('without weights, in French: the count’s band, and only the ticked indicators by category', () => {
    // 3 ticks, counted 1 each: significant-concern from 3
    const out = summaryText(unweightedSet, ticks('out-overnight', 'tired-in-class', 'school-absences'), 'ES', wordsFor(unweightedSet, 'fr'));
    const lines = out.split('\n');
    expect(lines[4]).toBe('Niveau de préoccupation\u00a0: Préoccupation importante');
    const from = lines.indexOf('Indicateurs relevés\u00a0:');
    expect(lines.slice(from, from + 7)).toEqual([
      'Indicateurs relevés\u00a0:',
      'École',
      '- Manque des cours ou des journées entières',
      '- Est souvent très fatigué en classe',
      'Disparitions',
      '- Passe la nuit dehors sans dire où',
      '',
    ]);
    expect(out).not.toContain('Disparaît du domicile');
  });

  it('property: the ticked block lists exactly the known ticks, by category, each in content order', () => {
    fc.assert(
      fc.property(arbScenario, fc.constantFrom(null, 'FR', 'ES', 'IT', 'BE'), ({ known, picked, unknown }, country) => {
        const lines = summaryText(known.set, ticks(...picked, ...unknown), country, tagged).split('\n');
        const from = lines.indexOf('TICKED');
        const block = lines.slice(from + 1, lines.indexOf('', from));
        const expected =
          picked.length === 0
            ? ['- NONE']
            : byContentOrder(known, picked).flatMap((id, n, sorted) => {
                const c = known.category[known.ids.indexOf(id)]!;
                const indicator = indicators(known.set).find((i) => i.id === id)!;
                const opens = n === 0 || known.category[known.ids.indexOf(sorted[n - 1]!)] !== c;
                return [...(opens ? [T(known.set.categories[c]!.title)] : []), `- ${T(indicator.text)}`];
              });
        expect(block).toEqual(expected);
      }),
    );
  });

  it('property: every line comes from the words or the content; the only blank to fill is the case reference', () => {
    const allowed =
      /^(|TITLE|WHEN|CASE _+|BAND «[^«»]*»|RAISED «[^«»]*»( \| «[^«»]*»)*|«[^«»]*»|ROUTE ([A-Z]{2}|EACH)|- COUNTRY [A-Z]{2}: «[^«»]*»|TICKED|- «[^«»]*»|- NONE|EMERGENCY|DISCLAIMER)$/;
    fc.assert(
      fc.property(arbScenario, fc.constantFrom(null, 'FR', 'ES', 'GR', 'IT', 'BE'), ({ known, picked, unknown }, country) => {
        const lines = summaryText(known.set, ticks(...picked, ...unknown), country, tagged).split('\n');
        for (const line of lines) expect(line).toMatch(allowed);
        expect(lines.slice(0, 4)).toEqual(['TITLE', 'WHEN', 'CASE ____________________', '']);
        expect(lines.filter((line) => /_{5,}/.test(line))).toHaveLength(1);
        expect(lines.slice(-3)).toEqual(['', 'EMERGENCY', 'DISCLAIMER']);
      }),
    );
  });
});
