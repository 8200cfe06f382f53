import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const zip = new URL(`../release/childrensafe-widgets-${version}.zip`, import.meta.url);
const integrity = JSON.parse(readFileSync(new URL('../cdn/integrity.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('the release archive for sites without npm', () => {
  const files = unzipSync(readFileSync(zip));
  const folder = `childrensafe-widgets-${version}/`;
  const text = (name: string) => new TextDecoder().decode(files[folder + name]);

  it('holds the cdn/ folder as built, the themes, the partners README and the example page', () => {
    const cdn = fileURLToPath(new URL('../cdn/', import.meta.url));
    const built = readdirSync(cdn, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
    expect(built.length).toBeGreaterThan(10);
    for (const file of built) {
      const name = `cdn/${relative(cdn, file)}`;
      expect(Buffer.from(files[folder + name] ?? []).equals(readFileSync(file)), name).toBe(true);
    }
    for (const theme of ['themes/hub.css', 'themes/stop.css', 'themes/jericho.css', 'themes/themes.css', 'README.md', 'example.html'])
      expect(files[folder + theme], theme).toBeDefined();
    expect(Object.keys(files).every((name) => name.startsWith(folder))).toBe(true);
  });

  it('names this version and the hash of its all.js in the README', () => {
    expect(text('README.md')).toContain(`@childrensafe/widgets@${version}/cdn/all.js`);
    expect(text('README.md')).toContain(`integrity="${integrity['all.js']}"`);
    expect(text('README.md')).not.toMatch(/\{\{/);
  });

  it('has an example page that loads the widgets from the folder beside it, under a strict policy', () => {
    const example = text('example.html');
    expect(example).toContain('<script type="module" src="cdn/all.js"></script>');
    expect(example).toContain("require-trusted-types-for 'script'; trusted-types lit-html");
  });
});
