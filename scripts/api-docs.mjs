/**
 * The API tables of each widget package's README, written from its custom-elements.json (which
 * the build writes from the elements' JSDoc): attributes and properties, events, slots and CSS
 * parts, between the markers below. `npm run api-docs` rewrites them after a build; a
 * repository test fails when a README and its manifest disagree.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
export const START = '<!-- api:start: written from custom-elements.json by `npm run api-docs`; edit the JSDoc, not this -->';
export const END = '<!-- api:end -->';

const code = (text) => `\`${String(text).replace(/\|/g, '\\|')}\``;
const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const table = (head, rows) =>
  rows.length === 0 ? [] : [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`), ''];

/** The elements a manifest declares, in the order of its modules. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
}

/** The Markdown of one package's API, from its manifest. */
export function apiMarkdown(manifest) {
  const lines = [START, ''];
  for (const element of elementsOf(manifest)) {
    const attributes = element.attributes ?? [];
    const byField = new Set(attributes.map((a) => a.fieldName));
    const properties = (element.members ?? []).filter(
      (m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !byField.has(m.name),
    );
    const methods = (element.members ?? []).filter((m) => m.kind === 'method' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static);
    lines.push(`### ${code(`<${element.tagName}>`)}`, '');
    lines.push(
      ...table(
        ['attribute', 'property', 'type', 'default', ''],
        [
          ...attributes.map((a) => [
            code(a.name),
            code(a.fieldName ?? a.name),
            a.type ? code(a.type.text) : '',
            a.default !== undefined ? code(a.default) : '',
            cell(a.description),
          ]),
          ...properties.map((p) => ['', code(p.name), p.type ? code(p.type.text) : '', p.default !== undefined ? code(p.default) : '', cell(p.description)]),
        ],
      ),
    );
    lines.push(
      ...table(
        ['method', ''],
        methods.map((m) => [code(`${m.name}()`), cell(m.description)]),
      ),
    );
    lines.push(
      ...table(
        ['event', ''],
        (element.events ?? []).map((e) => [code(e.name), cell(e.description)]),
      ),
    );
    lines.push(
      ...table(
        ['slot', ''],
        (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      ),
    );
    lines.push(
      ...table(
        ['CSS part', ''],
        (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    );
    const tokens = (element.cssProperties ?? []).length;
    if (tokens > 0) lines.push(`Styling: ${tokens} \`--cs-*\` design tokens, listed with their defaults in \`custom-elements.json\`.`, '');
  }
  lines.push(END);
  return lines.join('\n');
}

/** The widget packages: those that ship a custom elements manifest. */
export function widgetPackages() {
  return readdirSync(join(root, 'packages')).filter((name) => {
    const file = join(root, 'packages', name, 'package.json');
    return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).customElements;
  });
}

/** A README with its API section rewritten from the manifest; null when it has no markers. */
export function withApi(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return null;
  return readme.slice(0, start) + apiMarkdown(manifest) + readme.slice(end + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of widgetPackages()) {
    const manifestFile = join(root, 'packages', name, 'custom-elements.json');
    if (!existsSync(manifestFile)) throw new Error(`packages/${name} has no custom-elements.json: build it first`);
    const readmeFile = join(root, 'packages', name, 'README.md');
    const updated = withApi(readFileSync(readmeFile, 'utf8'), JSON.parse(readFileSync(manifestFile, 'utf8')));
    if (updated === null) throw new Error(`packages/${name}/README.md has no API markers (${START} … ${END})`);
    writeFileSync(readmeFile, updated);
    console.log(`packages/${name}/README.md`);
  }
}
