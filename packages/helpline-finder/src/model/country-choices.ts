import { isCountryCode } from '@childrensafe/content/vocabulary';

/**
 * The countries a reader can choose: those with national lines, and the current one even
 * without (so the menu shows it), by name in the reader's collation.
 */
export function countryChoices(withLines: Iterable<string>, current: string | null, name: (code: string) => string, collator: Intl.Collator): string[] {
  const codes = new Set([...withLines].filter(isCountryCode));
  if (current) codes.add(current);
  return [...codes].sort((a, b) => collator.compare(name(a), name(b)));
}
