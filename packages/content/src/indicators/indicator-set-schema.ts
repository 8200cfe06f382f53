import * as v from 'valibot';
import { countryCode, documentHead, id, localizedText, source, uniqueIds } from '../localized-text.js';
import { ACTIONS, TOPICS, concernScoreOf } from '../vocabulary.js';

const indicator = v.strictObject({
  id,
  text: localizedText,
  /** A short explanation: what it may mean, shown on demand. */
  explanation: localizedText,
  /** How much it weighs in the concern score; without weights every indicator counts 1. */
  weight: v.optional(v.pipe(v.number(), v.minValue(0.1, 'expected a weight of at least 0.1'), v.maxValue(10, 'expected a weight of at most 10'))),
  /**
   * The id of the least concern band this sign leads to on its own, whatever the score: one
   * strong sign is enough. The level shown is the highest of the score's band and every
   * ticked sign's escalation.
   */
  escalatesTo: v.optional(id),
  /**
   * The sign's own text calls it a strong sign, speaks of immediate danger or asks to act the
   * same day. Such a sign must escalate (`escalatesTo`): a flag, so no text search decides.
   */
  strongSign: v.optional(v.boolean()),
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

/**
 * What a reader does in one country when there is no safeguarding lead, the lead cannot be
 * reached or does not act: the formal route by name, and the legal duty to report that may
 * apply, each with the sources they were checked against.
 */
const reportingRoute = v.strictObject({
  country: countryCode,
  /** The route by name, in one line (shown in the list of every country's route). */
  name: localizedText,
  /** What to do, step by step (rich text: paragraphs, lists, tel: and https links). */
  steps: localizedText,
  /** The legal duty to report that may apply to the reader, with its article; no legal advice beyond. */
  duty: localizedText,
  sources: v.pipe(v.array(source), v.minLength(1, 'expected at least 1 source')),
});

/** Warning signs a professional can tick, concern bands and what to do at each. */
export const indicatorSetSchema = v.pipe(
  v.strictObject({
    ...documentHead('indicator-set'),
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
    /** Each country's route without a safeguarding lead: the reader's is shown with the result. */
    reportingRoutes: v.pipe(
      v.array(reportingRoute),
      v.minLength(1, 'expected at least 1 reporting route'),
      v.check((routes) => new Set(routes.map((r) => r.country)).size === routes.length, 'expected one reporting route per country'),
    ),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const indicators = dataset.value.categories.flatMap((c) => c.indicators);
    const ids = new Set<string>();
    for (const i of indicators) {
      if (ids.has(i.id)) addIssue({ message: `expected unique indicator ids across categories, found "${i.id}" twice` });
      ids.add(i.id);
    }
    checkEscalations(dataset.value, addIssue);
    const weighted = indicators.filter((i) => i.weight !== undefined).length;
    if (weighted !== 0 && weighted !== indicators.length) {
      addIssue({ message: `expected weights on every indicator or on none, found ${weighted} of ${indicators.length}` });
    }
    const max = concernScoreOf(indicators);
    const last = dataset.value.bands[dataset.value.bands.length - 1];
    if (last && last.min > max) {
      addIssue({ message: `expected every concern band to be reachable, found a band from ${last.min} with a maximum score of ${max}` });
    }
  }),
);

type AddIssue = Parameters<Parameters<typeof v.rawCheck>[0]>[0]['addIssue'];

/** A strong sign escalates, and every escalation names a band above the first. */
function checkEscalations(
  set: { categories: { indicators: { id: string; escalatesTo?: string; strongSign?: boolean }[] }[]; bands: { id: string }[] },
  addIssue: AddIssue,
): void {
  const above = set.bands.slice(1).map((b) => b.id);
  set.categories.forEach((category, c) =>
    category.indicators.forEach((indicator, i) => {
      const at = (key: string): v.IssuePathItem[] => [
        { type: 'object', origin: 'value', input: set, key: 'categories', value: set.categories },
        { type: 'array', origin: 'value', input: set.categories, key: c, value: category },
        { type: 'object', origin: 'value', input: category, key: 'indicators', value: category.indicators },
        { type: 'array', origin: 'value', input: category.indicators, key: i, value: indicator },
        { type: 'object', origin: 'value', input: indicator, key, value: indicator[key as keyof typeof indicator] },
      ];
      if (indicator.escalatesTo !== undefined && !above.includes(indicator.escalatesTo)) {
        addIssue({
          message: `expected the id of a concern band above the first (${above.join(', ') || 'none'}), found "${indicator.escalatesTo}"`,
          path: at('escalatesTo') as [v.IssuePathItem],
        });
      } else if (indicator.strongSign && indicator.escalatesTo === undefined) {
        addIssue({
          message: `expected a strong sign to escalate to a concern band on its own (escalatesTo), found "${indicator.id}" escalating to none`,
          path: at('escalatesTo') as [v.IssuePathItem],
        });
      }
    }),
  );
}

export type IndicatorSet = v.InferOutput<typeof indicatorSetSchema>;
export type IndicatorCategory = IndicatorSet['categories'][number];
export type Indicator = IndicatorCategory['indicators'][number];
export type ConcernBand = IndicatorSet['bands'][number];
export type ReportingRoute = IndicatorSet['reportingRoutes'][number];
