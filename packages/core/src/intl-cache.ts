/**
 * `Intl` formatters, made once per locale and options and kept: building one costs far more
 * than using it, and a widget that re-renders a list at every keystroke would otherwise build
 * dozens per keystroke.
 */
const made = new Map<string, unknown>();

function cached<T>(kind: string, locale: string | undefined, options: object, make: () => T): T {
  const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  let value = made.get(key) as T | undefined;
  if (!value) {
    value = make();
    made.set(key, value);
  }
  return value;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
export const dateTimeFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions = {}) =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
export const listFormat = (locale: string, options: Intl.ListFormatOptions = {}) => cached('list', locale, options, () => new Intl.ListFormat(locale, options));
export const displayNames = (locale: string, options: Intl.DisplayNamesOptions) =>
  cached('names', locale, options, () => new Intl.DisplayNames(locale, options));
export const collator = (locale: string, options: Intl.CollatorOptions = {}) => cached('collator', locale, options, () => new Intl.Collator(locale, options));
