import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types.
import { apiMarkdown, elementsOf, END, START, widgetPackages } from '../scripts/api-docs.mjs';

const root = new URL('../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const manifestOf = (name: string) => JSON.parse(read(`packages/${name}/custom-elements.json`));

/** Every `.ts` file under a folder, generated code aside. */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (entry.name === 'generated' ? [] : sources(join(dir, entry.name))) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The part names a package's templates write: `part="a b"`, and the frame's `{ part: 'a' }`. */
function renderedParts(dir: string): Set<string> {
  const parts = new Set<string>();
  for (const file of sources(dir)) {
    const text = read(file);
    for (const [, names] of text.matchAll(/\bpart="([^"$]+)"/g)) names!.split(/\s+/).forEach((name) => parts.add(name));
    for (const [, name] of text.matchAll(/\bpart: '([\w-]+)'/g)) parts.add(name!);
  }
  return parts;
}

const widgets: string[] = widgetPackages();
const coreParts = renderedParts('packages/core/src');

describe('the API of each widget, one truth', () => {
  it('finds the five widget packages', () => {
    expect(widgets.sort()).toEqual(['helpline-finder', 'indicator-checklist', 'module-card', 'quick-exit', 'quiz']);
  });

  for (const name of widgets) {
    it(`${name}: the README's API section is what its custom-elements.json says (npm run api-docs rewrites it)`, () => {
      const readme = read(`packages/${name}/README.md`);
      const section = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);
      expect(section, 'no API markers in the README').not.toBe('');
      expect(section).toBe(apiMarkdown(manifestOf(name)));
    });

    it(`${name}: every CSS part its templates render is documented in the JSDoc, and every documented part is rendered`, () => {
      const documented = new Set<string>(
        elementsOf(manifestOf(name)).flatMap((element: { cssParts?: { name: string }[] }) => (element.cssParts ?? []).map((part) => part.name)),
      );
      const rendered = renderedParts(`packages/${name}/src`);
      expect(
        [...rendered].filter((part) => !documented.has(part)),
        'rendered, not documented',
      ).toEqual([]);
      expect(
        [...documented].filter((part) => !rendered.has(part) && !coreParts.has(part)),
        'documented, never rendered',
      ).toEqual([]);
    });
  }
});
