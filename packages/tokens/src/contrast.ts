/** WCAG 2.x contrast, so the tests (and anyone choosing a colour) check ratios, not eyes. */

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** sRGB channel (0..1) to linear light. 0.04045 is the sRGB threshold; WCAG's 0.03928 differs only below 8-bit precision. */
function linear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (0 for black, 1 for white) of `#rgb` or `#rrggbb`. */
export function relativeLuminance(hex: string): number {
  if (!HEX.test(hex)) throw new Error(`Not a #rgb or #rrggbb colour: ${hex}`);
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => linear(parseInt(digits.slice(i, i + 2), 16) / 255)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, from 1 (same) to 21 (black on white); order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
