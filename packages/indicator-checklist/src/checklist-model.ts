import type { ConcernBand, Indicator, IndicatorCategory, IndicatorSet, LocalizedText } from '@childrensafe/content';

/**
 * The rules of the indicator checklist, with no DOM: which band a set of ticked indicators
 * reaches, the counts per category, and the plain-text summary a professional copies or
 * prints. Nothing here stores anything: the ticks live only in the element's memory.
 */

/** The concern score: the sum of the ticked indicators' weights (1 each when the set has none). */
export function concernScore(set: IndicatorSet, ticked: ReadonlySet<string>): number {
  let score = 0;
  for (const indicator of indicators(set)) if (ticked.has(indicator.id)) score += indicator.weight ?? 1;
  // Weights such as 0.1 add up with floating-point noise; two decimals are plenty.
  return Math.round(score * 100) / 100;
}

/** The band whose threshold the score reaches: the highest `min` not above the score. */
export function concernBand(set: IndicatorSet, ticked: ReadonlySet<string>): ConcernBand {
  const score = concernScore(set, ticked);
  let band = set.bands[0] as ConcernBand;
  for (const candidate of set.bands) if (score >= candidate.min) band = candidate;
  return band;
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

/** The words a summary needs, in the reader's language (the element passes its msg() strings). */
export interface SummaryWords {
  title: string;
  /** "Date and time: …" already formatted. */
  when: string;
  caseReference: string;
  /** "Level of concern: <band>", punctuated the language's way. */
  band: (title: string) => string;
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
 * professional's own case reference (never a name), the band and its guidance, the ticked
 * indicators by category, and the reminder that this is not a diagnosis.
 */
export function summaryText(set: IndicatorSet, ticked: ReadonlySet<string>, words: SummaryWords): string {
  const band = concernBand(set, ticked);
  const lines = [words.title, words.when, `${words.caseReference} ____________________`, '', words.band(words.text(band.title)), words.text(band.guidance), '', words.tickedHeading];
  const groups = set.categories.filter((c) => tickedIn(c, ticked) > 0);
  if (groups.length === 0) lines.push(`- ${words.noneTicked}`);
  for (const category of groups) {
    lines.push(`${words.text(category.title)}`);
    for (const indicator of category.indicators) if (ticked.has(indicator.id)) lines.push(`- ${words.text(indicator.text)}`);
  }
  lines.push('', words.emergency, words.disclaimer);
  return lines.join('\n');
}
