/**
 * The reader's country, for the helplines and the reporting route a widget shows. Never from
 * geolocation or an IP look-up: from what the reader chose, else what the page says (the
 * `country` attribute, else the region of its language, `fr-BE` → BE), else nobody knows.
 */
import { isCountryCode } from '@childrensafe/content/vocabulary';
import { dispatchCsError } from './cs-error.js';

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
 * Keeps a widget's reader country: call `update` from `willUpdate` (it runs on the server too,
 * where there is no page to read). A `country` attribute that is not a country code is
 * reported once as `cs-error` (`unknown-country`) and skipped; the widget says so itself.
 */
export class ReaderCountry {
  resolved: CountryResolution = resolveCountry({});
  private reported: string | null = null;

  constructor(private readonly host: HTMLElement) {}

  update(input: { choice?: string | null; attribute: string | null }): CountryResolution {
    const host = this.host;
    // The page's language is read where the element sits (a server render has no page).
    const pageLanguage = host.isConnected ? (host.closest('[lang]')?.getAttribute('lang') ?? null) : null;
    this.resolved = resolveCountry({ ...input, pageLanguage });
    const invalid = this.resolved.invalidAttribute;
    if (invalid && invalid !== this.reported && host.isConnected) {
      this.reported = invalid;
      dispatchCsError(host, { code: 'unknown-country', message: `country="${invalid}" is not an ISO 3166-1 alpha-2 country code`, source: 'country' });
    }
    return this.resolved;
  }
}
