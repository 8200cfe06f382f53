import { displayNames, listFormat, numberFormat } from './intl-cache.js';
import { intlLocale, type Locale } from './locales.js';

/** Formats a number for the reader's locale (grouping, digits). */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(intlLocale(locale)).format(value);
}

/**
 * A duration in minutes as a reader writes it: "45 min", "1 h 30 min", "2 h".
 * Built from Intl unit formats so each locale gets its own abbreviations and spacing.
 */
export function formatMinutes(totalMinutes: number, locale: Locale): string {
  const tag = intlLocale(locale);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = Math.round(totalMinutes % 60);
  const unit = (value: number, u: 'hour' | 'minute') => numberFormat(tag, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  const parts = [hours > 0 ? unit(hours, 'hour') : '', minutes > 0 || hours === 0 ? unit(minutes, 'minute') : ''];
  return listFormat(tag, { style: 'narrow', type: 'unit' }).format(parts.filter(Boolean));
}

/** Language names in the reader's language, joined as a list: "English, French and Greek". */
export function formatLanguageList(languages: readonly string[], locale: Locale): string {
  const tag = intlLocale(locale);
  const names = displayNames(tag, { type: 'language' });
  return listFormat(tag, { style: 'long', type: 'conjunction' }).format(languages.map((code) => names.of(code) ?? code));
}

/** A percentage for the reader's locale: "70%", "70 %" in French. `value` is 0 to 100. */
export function formatPercent(value: number, locale: Locale): string {
  return numberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}
