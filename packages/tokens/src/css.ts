/** Turns the token data into CSS text: the theme files for pages, the private defaults for widgets. */
import { colorNames, forcedColorTokens, reducedMotionTokens, scaleTokens, schemeTokens, themes, type ColorScheme, type ThemeName } from './tokens.js';

type Declarations = Readonly<Record<string, string>>;

const LIGHT = '[data-cs-color-scheme="light"]';
const DARK = '[data-cs-color-scheme="dark"]';

/** The tokens that change with the scheme (and, for colours, with the theme). */
function schemeValues(theme: ThemeName, scheme: ColorScheme): Declarations {
  const colors = Object.fromEntries(colorNames.map((name) => [`color-${name}`, themes[theme][scheme][name]]));
  return { ...schemeTokens[scheme], ...colors };
}

function rule(selectors: readonly string[], declarations: Declarations, property: (name: string) => string): string {
  const lines = Object.entries(declarations).map(([name, value]) => `  ${property(name)}: ${value};`);
  return `${selectors.join(',\n')} {\n${lines.join('\n')}\n}\n`;
}

function media(query: string, body: string): string {
  return `@media ${query} {\n${body.replace(/^(?=.)/gm, '  ')}}\n`;
}

const publicName = (name: string): string => `--cs-${name}`;

/** `1.5rem` as a multiple of the widget's unit (see `hostDefaultsCss`); other values as they are. */
const unitBased = (value: string): string => (/^[\d.]+rem$/.test(value) ? `calc(${parseFloat(value)} * var(${privateName('unit')}))` : value);
/** The name widgets read; the leading underscore marks it as ours, not for pages to set. */
export const privateName = (name: string): string => `--_cs-${name}`;

/**
 * The CSS text of one theme, declaring every `--cs-*` token on `selector` (one selector or a
 * list; each must be a compound selector such as `:root` or `[data-cs-theme="stop"]`).
 * Dark follows `prefers-color-scheme` unless `data-cs-color-scheme="light"` is on the element
 * or an ancestor; `data-cs-color-scheme="dark"` there forces dark. `:where()` keeps every rule
 * at the selector's own specificity, so source order decides and a page's later
 * `:root { --cs-… }` override wins in both schemes.
 */
export function themeCss(theme: ThemeName, selector: string | readonly string[] = ':root'): string {
  const selectors = typeof selector === 'string' ? [selector] : selector;
  const on = (wrap: (s: string) => string[]): string[] => selectors.flatMap(wrap);
  const light = { ...scaleTokens, ...schemeValues(theme, 'light') };
  const dark = schemeValues(theme, 'dark');
  return [
    rule(selectors, light, publicName),
    media(
      '(prefers-color-scheme: dark)',
      rule(
        on((s) => [`${s}:not(:where(${LIGHT}, ${LIGHT} *))`]),
        dark,
        publicName,
      ),
    ),
    rule(
      on((s) => [`${s}:where(${DARK})`, `:where(${DARK}) ${s}`]),
      dark,
      publicName,
    ),
    media('(prefers-reduced-motion: reduce)', rule(selectors, reducedMotionTokens, publicName)),
    media('(forced-colors: active)', rule(selectors, forcedColorTokens, publicName)),
  ].join('\n');
}

/**
 * The widgets' private aliases. A shadow root cannot give a default to a custom property the
 * page may set, so each widget reads `--_cs-X`, which takes the page's `--cs-X` when there is
 * one and the hub value otherwise.
 *
 * This text ships inside every widget, so it is kept small: colours default to
 * `light-dark(light, dark)` (following the reader's setting through `color-scheme`) instead of
 * a second block for dark; forced colours need no mapping here because the browser forces
 * every colour a widget paints; shadows keep their light values when no theme is loaded.
 * Reduced motion overrides even the page's durations: the user's setting comes first.
 *
 * Sizes are not in `rem`: many sites set `html { font-size: 62.5% }`, which would shrink every
 * widget to 10 px text. A widget sizes itself from `--_cs-unit`, the host's font size, which
 * starts at `medium`: the reader's own browser setting, whatever the page's root says (the
 * page can still size the element itself). Core registers `--_cs-unit` as a length, so it is
 * computed once on the host and nested elements do not compound it. A page's `--cs-font-size-*`
 * can make text larger, never smaller than the widget's own scale.
 */
export function hostDefaultsCss(): string {
  const light: Declarations = { ...scaleTokens, ...schemeValues('hub', 'light'), 'color-scheme': 'light dark' };
  const dark = schemeValues('hub', 'dark');
  const fallback = (name: string, value: string): string =>
    name.startsWith('color-') && name !== 'color-scheme' ? `light-dark(${value}, ${dark[name]})` : unitBased(value);
  const alias = (name: string, value: string): string =>
    name.startsWith('font-size-') ? `max(var(${publicName(name)}, 0px), ${unitBased(value)})` : `var(${publicName(name)}, ${fallback(name, value)})`;
  const aliases = Object.fromEntries(Object.entries(light).map(([name, value]) => [name, alias(name, value)]));
  return [
    rule([':host'], { unit: '1em', ...aliases }, privateName).replace(
      /\n}\n$/,
      `\n  font-size: medium;\n  color-scheme: var(${privateName('color-scheme')});\n}\n`,
    ),
    media('(prefers-reduced-motion: reduce)', rule([':host'], reducedMotionTokens, privateName)),
  ].join('\n');
}
