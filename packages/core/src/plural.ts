import { intlLocale, type Locale } from './locales.js';

/**
 * One message per CLDR plural category. `other` is required because every language has it;
 * a category a message does not give (French `many` for millions, say) falls back to `other`.
 * Each entry is a function so that only the chosen message is looked up.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, () => string>> & {
  other: () => string;
};

const rulesCache = new Map<string, Intl.PluralRules>();

export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  const tag = intlLocale(locale);
  let rules = rulesCache.get(tag);
  if (!rules) {
    rules = new Intl.PluralRules(tag);
    rulesCache.set(tag, rules);
  }
  return rules.select(count);
}

export function plural(count: number, forms: PluralForms, locale: Locale): string {
  return (forms[pluralCategory(count, locale)] ?? forms.other)();
}
