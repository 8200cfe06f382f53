/**
 * The widget packages' custom-elements.json (`cem analyze --config ../../custom-elements-manifest.config.mjs`):
 * besides what the analyzer reads from the code, each element lists the `--cs-*` custom
 * properties a page may set to style it, with the tokens' own descriptions and defaults. They
 * are the tokens the package's styles read, with core's shared styles, which every widget adopts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scaleTokens, tokenDescriptions, tokenNames } from '@childrensafe/tokens';

/** The tokens the styles in `dirs` read, as `--_cs-<name>` (the private alias of `--cs-<name>`). */
function tokensRead(dirs) {
  const used = new Set();
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.parentPath.includes('generated')) continue;
      for (const [, name] of readFileSync(join(entry.parentPath, entry.name), 'utf8').matchAll(/--_cs-([a-z0-9-]+)/g)) used.add(name);
    }
  }
  return tokenNames.filter((name) => used.has(name));
}

export default {
  plugins: [
    {
      name: 'childrensafe-css-custom-properties',
      packageLinkPhase({ customElementsManifest }) {
        const tokens = tokensRead(['src', '../core/src']);
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement) continue;
            declaration.cssProperties = [
              ...(declaration.cssProperties ?? []),
              ...tokens.map((name) => ({
                name: `--cs-${name}`,
                description: tokenDescriptions[name],
                ...(name in scaleTokens && { default: scaleTokens[name] }),
              })),
            ];
          }
        }
      },
    },
  ],
};
