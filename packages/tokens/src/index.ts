export {
  colorNames,
  colorSchemes,
  contrastPairs,
  forcedColorTokens,
  reducedMotionTokens,
  scaleTokens,
  schemeTokens,
  themeNames,
  themes,
  tokenNames,
  type ColorName,
  type ColorScheme,
  type ColorSet,
  type ContrastPair,
  type ScaleName,
  type SchemeTokenName,
  type Theme,
  type ThemeName,
  type TokenName,
} from './tokens.js';
export { contrastRatio, relativeLuminance } from './contrast.js';
export { hostDefaultsCss, themeCss } from './css.js';
export { tokenDescriptions } from './descriptions.js';
