import type { ConcernBand, Indicator, IndicatorCategory, IndicatorSet, LocalizedText, ReportingRoute } from '@childrensafe/content';
import { concernScoreOf } from '@childrensafe/content/vocabulary';

/**
 * The rules of the indicator checklist, with no DOM: which band a set of ticked indicators
 * reaches, the counts per category, and the plain-text summary a professional copies or
 * prints. Nothing here stores anything: the ticks live only in the element's memory.
 */

/** The concern score: the sum of the ticked indicators' weights (1 each when the set has none). */
export function concernScore(set: IndicatorSet, ticked: ReadonlySet<string>): number {
  return concernScoreOf(indicators(set).filter((indicator) => ticked.has(indicator.id)));
}

/** Where the checklist stands: the level shown, and what put it there. */
export interface ConcernLevel {
  /** The level shown: the highest of the score's band and every ticked sign's escalation. */
  band: ConcernBand;
  score: number;
  /** The band the score alone reaches: the highest `min` not above the score. */
  scoreBand: ConcernBand;
  /** The ticked strong signs that raised the level above the score's band, in the set's order. */
  raisedBy: Indicator[];
}

/**
 * The level of concern. One strong sign is enough: a sign that escalates lifts the level to
 * its band on its own, whatever the score, and the result says which sign did.
 */
export function concernLevel(set: IndicatorSet, ticked: ReadonlySet<string>): ConcernLevel {
  const score = concernScore(set, ticked);
  let rank = 0;
  set.bands.forEach((band, i) => {
    if (score >= band.min) rank = i;
  });
  const scoreRank = rank;
  const escalations = indicators(set)
    .filter((indicator) => ticked.has(indicator.id) && indicator.escalatesTo !== undefined)
    .map((indicator) => ({ indicator, rank: set.bands.findIndex((band) => band.id === indicator.escalatesTo) }));
  for (const escalation of escalations) rank = Math.max(rank, escalation.rank);
  const raisedBy = rank > scoreRank ? escalations.filter((e) => e.rank === rank).map((e) => e.indicator) : [];
  return { band: set.bands[rank] as ConcernBand, score, scoreBand: set.bands[scoreRank] as ConcernBand, raisedBy };
}

/** The band shown for these ticks (see `concernLevel`). */
export function concernBand(set: IndicatorSet, ticked: ReadonlySet<string>): ConcernBand {
  return concernLevel(set, ticked).band;
}

export function indicators(set: IndicatorSet): Indicator[] {
  return set.categories.flatMap((c) => c.indicators);
}

/** How many indicators of a category are ticked. */
export function tickedIn(category: IndicatorCategory, ticked: ReadonlySet<string>): number {
  return category.indicators.filter((i) => ticked.has(i.id)).length;
}

/** Ticked ids in the set's own order, whatever order they were ticked in. */
export function orderedTicks(set: IndicatorSet, ticked: ReadonlySet<string>): string[] {
  return indicators(set)
    .map((i) => i.id)
    .filter((id) => ticked.has(id));
}

/**
 * The routes to show with the result: the reader's country's, when the set has one; else every
 * country's, so that a reader whose country is unknown still sees a route by name.
 */
export function routesFor(set: IndicatorSet, country: string | null): { routes: ReportingRoute[]; ofCountry: boolean } {
  const own = country ? set.reportingRoutes.find((route) => route.country === country) : undefined;
  return own ? { routes: [own], ofCountry: true } : { routes: set.reportingRoutes, ofCountry: false };
}

/** The words a summary needs, in the reader's language (the element passes its msg() strings). */
export interface SummaryWords {
  title: string;
  /** "Date and time: …" already formatted. */
  when: string;
  caseReference: string;
  /** "Level of concern: <band>", punctuated the language's way. */
  band: (title: string) => string;
  /** "Raised to this level by a strong sign: …", given the signs' texts as a list. */
  raisedBy: (signs: string[]) => string;
  /** "Without a safeguarding lead, in France:" or, with no country, "… in each country:". */
  routeHeading: (country: string | null) => string;
  /** A country's name in the reader's language. */
  countryName: (code: string) => string;
  /** "Indicators noticed:", punctuated the language's way. */
  tickedHeading: string;
  noneTicked: string;
  disclaimer: string;
  emergency: string;
  /** A content text in the reader's language (English when missing). */
  text: (value: LocalizedText) => string;
}

/**
 * The summary as plain text, for the clipboard and the print: when, a line for the
 * professional's own case reference (never a name), the level, the strong signs that raised
 * it and its guidance, the route to take without a safeguarding lead (the reader's country's,
 * or every country's by name), the ticked indicators by category, and the reminder that this
 * is not a diagnosis.
 */
export function summaryText(set: IndicatorSet, ticked: ReadonlySet<string>, country: string | null, words: SummaryWords): string {
  const { band, raisedBy } = concernLevel(set, ticked);
  const lines = [words.title, words.when, `${words.caseReference} ____________________`, '', words.band(words.text(band.title))];
  if (raisedBy.length > 0) lines.push(words.raisedBy(raisedBy.map((i) => words.text(i.text))));
  lines.push(words.text(band.guidance), '');
  const { routes, ofCountry } = routesFor(set, country);
  if (ofCountry) {
    const route = routes[0] as ReportingRoute;
    lines.push(words.routeHeading(route.country), words.text(route.name), words.text(route.steps), words.text(route.duty));
  } else {
    lines.push(words.routeHeading(null), ...routes.map((route) => `- ${words.countryName(route.country)}: ${words.text(route.name)}`));
  }
  lines.push('', words.tickedHeading);
  const groups = set.categories.filter((c) => tickedIn(c, ticked) > 0);
  if (groups.length === 0) lines.push(`- ${words.noneTicked}`);
  for (const category of groups) {
    lines.push(`${words.text(category.title)}`);
    for (const indicator of category.indicators) if (ticked.has(indicator.id)) lines.push(`- ${words.text(indicator.text)}`);
  }
  lines.push('', words.emergency, words.disclaimer);
  return lines.join('\n');
}

/** What a change of ticks tells the page (`cs-indicator-checklist-change`) and the reader. */
export interface TicksChange {
  /** The ticked ids in the set's order. */
  ticked: string[];
  level: ConcernLevel;
  /** The level of concern is not the one before: the only change worth announcing, as each tick is not news. */
  levelChanged: boolean;
}

/**
 * The ticks of one checklist, in memory only (nothing is stored, by design). Each change
 * returns what changed, or nothing when it changed nothing.
 */
export class Ticks {
  private readonly ids = new Set<string>();

  get size(): number {
    return this.ids.size;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** The ticks as a set, for the rules above. */
  get all(): ReadonlySet<string> {
    return this.ids;
  }

  /** Ticks or unticks one indicator of `set`. */
  toggle(set: IndicatorSet, id: string, on: boolean): TicksChange | undefined {
    if (this.ids.has(id) === on) return undefined;
    return this.change(set, () => (on ? this.ids.add(id) : this.ids.delete(id)));
  }

  /** Clears every tick ("Clear all"). */
  clear(set: IndicatorSet): TicksChange | undefined {
    if (this.ids.size === 0) return undefined;
    return this.change(set, () => this.ids.clear());
  }

  private change(set: IndicatorSet, apply: () => void): TicksChange {
    const before = concernLevel(set, this.ids).band.id;
    apply();
    const level = concernLevel(set, this.ids);
    return { ticked: orderedTicks(set, this.ids), level, levelChanged: level.band.id !== before };
  }
}
