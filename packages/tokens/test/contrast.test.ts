import { describe, expect, it } from 'vitest';
import {
  colorNames,
  colorSchemes,
  contrastPairs,
  contrastRatio,
  forcedColorTokens,
  hostDefaultsCss,
  relativeLuminance,
  themeCss,
  themeNames,
  themes,
  tokenNames,
} from '../src/index.js';

describe('contrastRatio (WCAG 2.x)', () => {
  it('gives 21 for black on white, either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000')).toBeCloseTo(21, 5);
  });
  it('gives 1 for a colour on itself', () => {
    expect(contrastRatio('#1d4ed8', '#1D4ED8')).toBe(1);
  });
  it('gives about 4.48 for #777 on white, just below AA', () => {
    expect(contrastRatio('#777', '#fff')).toBeCloseTo(4.48, 2);
  });
  it('gives the luminance of pure primaries', () => {
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });
  it('refuses anything that is not #rgb or #rrggbb', () => {
    expect(() => relativeLuminance('red')).toThrow(/Not a #rgb/);
    expect(() => relativeLuminance('#12345')).toThrow(/Not a #rgb/);
  });
});

const cases = themeNames.flatMap((theme) =>
  colorSchemes.flatMap((scheme) =>
    contrastPairs.map((pair) => ({
      name: `${theme} ${scheme}: ${pair.fg} on ${pair.bg} >= ${pair.min}`,
      fg: themes[theme][scheme][pair.fg],
      bg: themes[theme][scheme][pair.bg],
      min: pair.min,
    })),
  ),
);

describe('every theme, scheme and colour pair meets WCAG 2.2 AA', () => {
  it.each(cases)('$name', ({ fg, bg, min }) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(min);
  });
});

describe('completeness', () => {
  it.each(themeNames.flatMap((theme) => colorSchemes.map((scheme) => ({ theme, scheme }))))(
    '$theme $scheme defines every colour as #rrggbb, and nothing else',
    ({ theme, scheme }) => {
      const set = themes[theme][scheme];
      expect(Object.keys(set).sort()).toEqual([...colorNames].sort());
      for (const value of Object.values(set)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
    },
  );

  it('maps every colour to a system colour under forced-colors', () => {
    for (const name of colorNames) expect(forcedColorTokens).toHaveProperty(`color-${name}`);
  });

  it.each(tokenNames)('hostDefaults aliases --cs-%s', (name) => {
    // A page's font size can raise a widget's text, not lower it below the widget's own scale.
    const alias = name.startsWith('font-size-') ? `max(var(--cs-${name}, 0px), ` : `var(--cs-${name}, `;
    expect(hostDefaultsCss()).toContain(`  --_cs-${name}: ${alias}`);
  });

  it('sizes a widget from the reader’s font size, never from the page’s root (rem)', () => {
    const css = hostDefaultsCss();
    expect(css).toContain('  --_cs-unit: 1em;');
    expect(css).toContain('  font-size: medium;');
    expect(css).toContain('--_cs-space-4: var(--cs-space-4, calc(1 * var(--_cs-unit)));');
    expect(css).toContain('--_cs-font-size-sm: max(var(--cs-font-size-sm, 0px), calc(0.875 * var(--_cs-unit)));');
    expect(css).not.toMatch(/\drem\b/);
  });

  it.each(themeNames)('themeCss(%s) declares every token', (theme) => {
    const css = themeCss(theme);
    for (const name of tokenNames) expect(css).toContain(`  --cs-${name}: `);
  });
});

describe('user settings win over page values', () => {
  const cssText = hostDefaultsCss();
  const from = (query: string): string => cssText.slice(cssText.indexOf(`@media ${query}`));

  it('zeroes every duration under reduced motion, without var()', () => {
    const durations = tokenNames.filter((name) => name.startsWith('duration-'));
    expect(durations.length).toBeGreaterThan(0);
    for (const name of durations) expect(from('(prefers-reduced-motion: reduce)')).toContain(`--_cs-${name}: 0ms;`);
  });

  it('gives every colour a light and a dark default that follow the reader’s colour scheme', () => {
    expect(cssText).toContain('--_cs-color-text: var(--cs-color-text, light-dark(#');
    expect(cssText).toContain('color-scheme: var(--_cs-color-scheme);');
  });

  it.each(themeNames)('maps the %s theme to system colours under forced colours', (theme) => {
    const css = themeCss(theme);
    const forced = css.slice(css.indexOf('@media (forced-colors: active)'));
    expect(forced).toContain('--cs-color-text: CanvasText;');
    expect(forced).toContain('--cs-color-link: LinkText;');
  });
});
