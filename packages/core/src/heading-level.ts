/**
 * A heading level a page may choose for a widget's title (2 to 6: the page owns its h1), or
 * the widget's usual level when the value makes no sense.
 */
export function headingLevel(value: unknown, fallback: 2 | 3 | 4 | 5 | 6): 2 | 3 | 4 | 5 | 6 {
  const n = Number(value);
  return n === 2 || n === 3 || n === 4 || n === 5 || n === 6 ? n : fallback;
}
