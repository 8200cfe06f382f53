/**
 * `npm run new-widget <name>`: a new widget package in the shape every widget has (element,
 * model, styles, events, define and index, fixtures, story, Node and browser tests, server
 * rendering, hydration and strict-CSP tests, translations in every language, README and a
 * changeset), from scripts/new-widget/template/. It builds and passes its tests at once:
 *
 *   npm run new-widget reading-list
 *   npm run build && npm test -w packages/reading-list && npm run test:browser -w packages/reading-list
 *
 * Then run `npm install` once, so that package-lock.json records the new workspace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const template = join(root, 'scripts/new-widget/template');
const name = process.argv[2] ?? '';

if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error('Usage: npm run new-widget <name>, where <name> is lowercase words joined by hyphens (the tag is cs-<name>).');
  process.exit(1);
}
const target = join(root, 'packages', name);
if (existsSync(target)) {
  console.error(`packages/${name} exists already.`);
  process.exit(1);
}

const words = name.split('-');
const tokens = {
  __name__: name,
  __Name__: words.map((w) => w[0].toUpperCase() + w.slice(1)).join(''),
  __camel__: words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join(''),
  __Title__: words.join(' ').replace(/^./, (c) => c.toUpperCase()),
};
const fill = (text) => Object.entries(tokens).reduce((out, [token, value]) => out.replaceAll(token, value), text);

function copy(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    const source = join(from, entry);
    const destination = join(to, fill(entry));
    if (statSync(source).isDirectory()) copy(source, destination);
    else writeFileSync(destination, fill(readFileSync(source, 'utf8')));
  }
}
copy(template, target);
// The names change the lines' lengths: the package is written in the repository's format.
spawnSync('npx', ['--no-install', 'prettier', '--write', target, '--log-level', 'warn'], { cwd: root, stdio: 'inherit' });

// The changeset goes where changesets looks for it.
renameSync(join(target, 'changeset.md'), join(root, '.changeset', `${name}.md`));

// The workspace link npm install would make, so the package builds and tests at once.
const link = join(root, 'node_modules/@childrensafe', name);
if (!existsSync(link)) symlinkSync(relative(join(link, '..'), target), link);

console.log(`packages/${name}: <cs-${name}>, class Cs${tokens.__Name__}, event cs-${name}-change.
Next:
  npm run build && npm test -w packages/${name} && npm run test:browser -w packages/${name}
  npm install   (records the new workspace in package-lock.json)`);
