// Writes the theme stylesheets from the built token data (run after tsup: it reads dist/).
import { mkdir, writeFile } from 'node:fs/promises';
import { hostDefaultsCss, themeCss, themeNames } from '../dist/index.js';

const dist = new URL('../dist/', import.meta.url);
const header = (what) => `/* @childrensafe/tokens: ${what}. Generated from src/tokens.ts by scripts/build-css.mjs; do not edit. */\n`;

await mkdir(new URL('themes/', dist), { recursive: true });

// One file per theme, on :root, for a page that uses one theme.
for (const theme of themeNames) {
  await writeFile(new URL(`themes/${theme}.css`, dist), header(`${theme} theme`) + themeCss(theme, ':root'));
}

// All themes, chosen by data-cs-theme; hub also on :root, so it is the default.
const all = themeNames.map((theme) => themeCss(theme, theme === 'hub' ? [':root', '[data-cs-theme="hub"]'] : `[data-cs-theme="${theme}"]`));
await writeFile(new URL('themes.css', dist), header('all themes, by data-cs-theme') + all.join('\n'));

// The defaults every widget puts first in its styles, written out as a finished stylesheet so
// that pages download the CSS text only, not the token data and the code that generates it.
// Whitespace is folded: it ships inside every widget bundle.
const hostCss = hostDefaultsCss()
  .replace(/\s+/g, ' ')
  .replace(/ ?([{};:,]) /g, '$1')
  .trim();
await writeFile(
  new URL('host-defaults.js', dist),
  `${header('widget defaults')}import { unsafeCSS } from 'lit';\n\n` +
    `/** Put first in a widget's static styles: \`--_cs-*\` aliases with the hub theme as fallback. */\n` +
    `export const hostDefaults = unsafeCSS(${JSON.stringify(hostCss)});\n`,
);
await writeFile(new URL('host-defaults.d.ts', dist), `import type { CSSResult } from 'lit';\n\nexport declare const hostDefaults: CSSResult;\n`);
