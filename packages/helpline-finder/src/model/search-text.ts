/**
 * Text folded for searching, so that what a reader types finds what the content says however
 * either is accented or cased: "enfance" finds "Enfance", "anar" finds "ANAR", "παιδι" finds
 * "Παιδιού", "niños" and "ninos" find each other, "soeur" finds "sœur".
 */
export function foldForSearch(text: string): string {
  return (
    text
      // Split letters from their accents (é → e + ◌́, ί → ι + ◌́, ΐ → ι + ◌̈ + ◌́), then drop the accents.
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      // Lower case the same way whatever the page's language: Turkish dotted I is not in our five.
      .toLowerCase()
      .replace(/ς/g, 'σ')
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss')
      // Apostrophes and dashes of every kind read as a space: "l’enfance", "l'enfance", "116-000".
      .replace(/[\p{P}\p{S}\s]+/gu, ' ')
      .trim()
  );
}

/** The words of a query, folded: every one must be found. */
export function queryWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}
