// After tsup: the Subresource Integrity hash of every script-tag file (cdn/integrity.json, and
// printed for the entries), and the release archive a partner without npm downloads:
// release/childrensafe-widgets-<version>.zip with the cdn/ folder, the theme stylesheets, the
// partners' README and an example page.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { zipSync } from 'fflate';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative('.', join(e.parentPath, e.name)));

/** `sha384-…`, the hash a page writes in `integrity` (and in an import map's `integrity`). */
export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const scripts = files('cdn')
  .filter((file) => file.endsWith('.js'))
  .sort();
const hashes = Object.fromEntries(scripts.map((file) => [file.slice('cdn/'.length), integrity(readFileSync(file))]));
writeFileSync('cdn/integrity.json', JSON.stringify(hashes, null, 2) + '\n');

const themes = dirname(createRequire(import.meta.url).resolve('@childrensafe/tokens/themes.css'));
const folder = `childrensafe-widgets-${version}`;
const archive = {
  // The README names this version and the hash of its all.js.
  [`${folder}/README.md`]: Buffer.from(
    readFileSync('partners/README.md', 'utf8')
      .replaceAll('{{version}}', version)
      .replace(/\{\{integrity ([\w.-]+)\}\}/g, (_, file) => hashes[file]),
  ),
  [`${folder}/example.html`]: readFileSync('partners/example.html'),
  ...Object.fromEntries(files('cdn').map((file) => [`${folder}/${file}`, readFileSync(file)])),
  [`${folder}/themes/themes.css`]: readFileSync(join(themes, 'themes.css')),
  ...Object.fromEntries(readdirSync(join(themes, 'themes')).map((name) => [`${folder}/themes/${name}`, readFileSync(join(themes, 'themes', name))])),
};
rmSync('release', { recursive: true, force: true });
mkdirSync('release');
const zip = `release/${folder}.zip`;
// A fixed date: the same files give the same archive, byte for byte.
writeFileSync(
  zip,
  zipSync(Object.fromEntries(Object.entries(archive).map(([name, bytes]) => [name, [bytes, { mtime: new Date('2026-01-01T00:00:00Z') }]])), { level: 9 }),
);

console.log(`widgets ${version}: ${scripts.length} script files, ${Object.keys(archive).length} files in ${zip}`);
for (const entry of scripts.filter((file) => !file.includes('chunk-') && /^cdn\/(all|page|cs-[a-z-]+)\.js$/.test(file)))
  console.log(`  ${entry.padEnd(34)} ${hashes[entry.slice('cdn/'.length)]}`);
