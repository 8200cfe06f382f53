/**
 * Which country's helplines to show. Never from geolocation or an IP look-up: from what the
 * reader chose, else what the page says (the `country` attribute, else the region of its
 * language, `fr-BE` → BE), else nobody knows yet and the reader is asked.
 */
import { isCountryCode } from '@childrensafe/content/vocabulary';

/** The country a language tag names, if any: `fr-BE` → BE, `el-GR` → GR; `fr` and `es-419` name none. */
export function regionOf(languageTag: string | null | undefined): string | null {
  try {
    const region = new Intl.Locale((languageTag ?? '').trim().replace(/_/g, '-')).region;
    return region && isCountryCode(region) ? region : null;
  } catch {
    return null;
  }
}

export type CountrySource = 'choice' | 'attribute' | 'page';

export interface CountryResolution {
  country: string | null;
  from: CountrySource | null;
  /** The `country` attribute when it is not a country code: the widget says so. */
  invalidAttribute: string | null;
}

/**
 * The reader's own choice comes first: a page may guess wrong (a French page read in
 * Belgium). An attribute that is not a country code is reported and skipped.
 */
export function resolveCountry(input: { choice?: string | null; attribute?: string | null; pageLanguage?: string | null }): CountryResolution {
  const attribute = input.attribute?.trim() || null;
  const fromAttribute = attribute && isCountryCode(attribute.toUpperCase()) ? attribute.toUpperCase() : null;
  const invalidAttribute = attribute && !fromAttribute ? attribute : null;
  if (input.choice && isCountryCode(input.choice)) return { country: input.choice, from: 'choice', invalidAttribute };
  if (fromAttribute) return { country: fromAttribute, from: 'attribute', invalidAttribute };
  const region = regionOf(input.pageLanguage);
  if (region) return { country: region, from: 'page', invalidAttribute };
  return { country: null, from: null, invalidAttribute };
}

/**
 * The countries a reader can choose: those with national lines, and the current one even
 * without (so the menu shows it), by name in the reader's collation.
 */
export function countryChoices(withLines: Iterable<string>, current: string | null, name: (code: string) => string, collator: Intl.Collator): string[] {
  const codes = new Set([...withLines].filter(isCountryCode));
  if (current) codes.add(current);
  return [...codes].sort((a, b) => collator.compare(name(a), name(b)));
}
