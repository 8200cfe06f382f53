import * as v from 'valibot';
import { id, localizedText, uniqueIds } from '../localized-text.js';
import { ACTIONS, TOPICS } from '../vocabulary.js';

const indicator = v.strictObject({
  id,
  text: localizedText,
  /** A short explanation: what it may mean, shown on demand. */
  explanation: localizedText,
  /** How much it weighs in the concern score; without weights every indicator counts 1. */
  weight: v.optional(v.pipe(v.number(), v.minValue(0.1, 'expected a weight of at least 0.1'), v.maxValue(10, 'expected a weight of at most 10'))),
});

const category = v.strictObject({
  id,
  title: localizedText,
  indicators: v.pipe(v.array(indicator), v.minLength(1, 'expected at least 1 indicator'), uniqueIds('indicator')),
});

/** A level of concern from a score of `min` up to the next band, and what to do. */
const band = v.strictObject({
  id,
  min: v.pipe(v.number(), v.minValue(0)),
  title: localizedText,
  guidance: localizedText,
  actions: v.pipe(v.array(v.picklist(ACTIONS)), v.minLength(1, 'expected at least 1 action')),
});

/** Warning signs a professional can tick, concern bands and what to do at each. */
export const indicatorSetSchema = v.pipe(
  v.strictObject({
    kind: v.optional(v.literal('indicator-set')),
    id,
    title: localizedText,
    /** That the list is an aid to professional judgement, not a diagnosis. Shown first. */
    disclaimer: localizedText,
    /** What to do when a child is in immediate danger: always shown. */
    emergency: localizedText,
    categories: v.pipe(v.array(category), v.minLength(1, 'expected at least 1 category'), uniqueIds('category')),
    bands: v.pipe(
      v.array(band),
      v.minLength(1, 'expected at least 1 concern band'),
      uniqueIds('band'),
      v.check((bands) => bands[0]?.min === 0, 'expected the first concern band to start at 0'),
      v.check((bands) => bands.every((b, i) => i === 0 || b.min > (bands[i - 1]?.min ?? -1)), 'expected concern bands in ascending order of min'),
    ),
    /** The helpline topics the result panel points to. */
    helplineTopics: v.pipe(v.array(v.picklist(TOPICS)), v.minLength(1, 'expected at least 1 helpline topic')),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const indicators = dataset.value.categories.flatMap((c) => c.indicators);
    const ids = new Set<string>();
    for (const i of indicators) {
      if (ids.has(i.id)) addIssue({ message: `expected unique indicator ids across categories, found "${i.id}" twice` });
      ids.add(i.id);
    }
    const weighted = indicators.filter((i) => i.weight !== undefined).length;
    if (weighted !== 0 && weighted !== indicators.length) {
      addIssue({ message: `expected weights on every indicator or on none, found ${weighted} of ${indicators.length}` });
    }
    // Rounded as the checklist rounds its score, so both agree on what is reachable.
    const max = Math.round(indicators.reduce((sum, i) => sum + (i.weight ?? 1), 0) * 100) / 100;
    const last = dataset.value.bands[dataset.value.bands.length - 1];
    if (last && last.min > max) {
      addIssue({ message: `expected every concern band to be reachable, found a band from ${last.min} with a maximum score of ${max}` });
    }
  }),
);

export type IndicatorSet = v.InferOutput<typeof indicatorSetSchema>;
export type IndicatorCategory = IndicatorSet['categories'][number];
export type Indicator = IndicatorCategory['indicators'][number];
export type ConcernBand = IndicatorSet['bands'][number];
