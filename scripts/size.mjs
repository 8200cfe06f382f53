/**
 * `npm run size`: what each package costs a page, min+gzip, measured on the built packages.
 *
 * For each entry it bundles what a page loads up front (the entry and its static imports; lazy
 * chunks such as translations and built-in content are split off and listed apart), once with
 * Lit included and once with Lit left out, and prints the bare-Lit baseline for comparison.
 * Budgets come from the issues; `--check` exits 1 when one is exceeded and writes
 * reports/size.json for scripts/test-all.mjs.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { CONTENT_LANGUAGES, TARGET_LOCALES } from './locales.mjs';

const KB = 1024;
/**
 * Up-front cost of an entry with Lit and core included. Each widget package states its budget
 * in its package.json (`sizeBudget`, in KB): `define.target` is what the widget should cost;
 * `define.ceiling` is what the check enforces. Where they differ the target is not met yet:
 * the figure is printed as such on every run, and the ceiling only stops it from growing. A
 * package without a budget is measured and printed, and gets the default ceiling below.
 *
 * Lit alone is 5.8 KB; core with the token defaults about 3.5 KB more. The ceilings rose by
 * 0.25 KB with core's cached Intl formatters, which every widget uses. The checklist's rose by
 * 1.5 KB for safety: strong signs that escalate, the reader's country (with the country-code
 * check) and its reporting route with sources. All rose by 0.25 to 0.75 KB for robustness: the
 * link rule for the page's hrefs, the no-content message, and sizes from the reader's font size
 * instead of rem (readable on a 62.5% page). The finder's rose by 0.5 KB for reporting forms,
 * hours not stated and public holidays, and by 0.25 KB for the weekly timetable a server renders
 * instead of a clock's "open now". The card's, the quiz's, the checklist's and the finder's rose
 * by 0.25 KB when the widgets took one shape: core's base for content widgets, and the rules
 * moved out of the elements into model classes, whose method names a minifier keeps.
 */
const DEFAULT_DEFINE_BUDGET = { target: 10 * KB, ceiling: 14 * KB };
/**
 * Each locale's UI strings, per package: the target, and where a package is over it, a ceiling
 * (`sizeBudget.strings.ceiling`) that stops growth. The finder's Greek strings went over with
 * the reporting forms, hours not stated and public holidays; about 300 bytes of each locale
 * chunk are message ids, so short ids at build time are the way back under the target.
 */
const LOCALE_BUDGET = 1.5 * KB;
const LIT = [/^lit($|\/)/, /^lit-html($|\/)/, /^lit-element($|\/)/, /^@lit\/reactive-element($|\/)/];

async function measure(contents, { withLit }) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: 'reports/size-tmp',
    write: false,
    metafile: true,
    target: 'es2022',
    // As Vite builds: text stays UTF-8 rather than \u escapes (Greek would weigh three times more).
    charset: 'utf8',
    conditions: ['production'],
    logLevel: 'silent',
    plugins: withLit
      ? []
      : [{ name: 'lit-external', setup: (b) => LIT.forEach((filter) => b.onResolve({ filter }, (a) => ({ path: a.path, external: true }))) }],
  });
  const files = new Map(result.outputFiles.map((f) => [f.path.slice(process.cwd().length + 1), f.contents]));
  const outputs = result.metafile.outputs;
  // Lazy chunks are entry points too; the page's own entry is the one built from stdin.
  const entry = Object.keys(outputs).find((name) => outputs[name].entryPoint === '<stdin>');
  // Up front = the entry chunk and every chunk it imports statically, transitively.
  const upFront = new Set();
  const visit = (name) => {
    if (upFront.has(name)) return;
    upFront.add(name);
    outputs[name].imports.filter((i) => i.kind === 'import-statement' && !i.external).forEach((i) => visit(i.path));
  };
  visit(entry);
  const gz = (name) => gzipSync(files.get(name), { level: 9 }).length;
  const lazy = Object.keys(outputs)
    .filter((name) => !upFront.has(name) && name.endsWith('.js'))
    .map((name) => ({ name, inputs: Object.keys(outputs[name].inputs), gzip: gz(name) }));
  return { gzip: [...upFront].reduce((sum, name) => sum + gz(name), 0), lazy };
}

const fmt = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const check = process.argv.includes('--check');
const results = { passed: 0, failed: 0, skipped: 0 };
const verdict = (ok) => {
  results[ok ? 'passed' : 'failed']++;
  return ok ? 'ok  ' : 'OVER';
};

const baseline = await measure(`import { LitElement, html, css } from 'lit'; export { LitElement, html, css };`, { withLit: true });
console.log(`${'lit alone (LitElement, html, css)'.padEnd(44)} ${fmt(baseline.gzip).padStart(9)}`);
console.log('\nentry (up front, min+gzip)                    with Lit  without Lit  budget');

const packages = await listPackages();
// A widget package is one that ships a custom elements manifest.
const widgets = packages.filter(({ pkg }) => pkg.customElements).map(({ name }) => name);
const defineBudget = (pkg) => {
  const own = pkg.sizeBudget?.define;
  return own ? { target: own.target * KB, ceiling: own.ceiling * KB } : DEFAULT_DEFINE_BUDGET;
};
for (const { name, entries, pkg } of packages) {
  for (const sub of entries) {
    const specifier = sub === '.' ? name : `${name}/${sub.replace('./', '')}`;
    const code = `export * from '${specifier}';\nimport '${specifier}';`;
    const [full, bare] = [await measure(code, { withLit: true }), await measure(code, { withLit: false })];
    const budget = sub === './define' && widgets.includes(name) ? defineBudget(pkg) : undefined;
    const status = budget
      ? `${fmt(budget.ceiling).padStart(8)} ${verdict(full.gzip <= budget.ceiling)}` +
        (full.gzip > budget.target ? ` (target ${fmt(budget.target)} not met)` : '')
      : '';
    console.log(`${specifier.padEnd(44)} ${fmt(full.gzip).padStart(9)} ${fmt(bare.gzip).padStart(11)} ${status}`);
    // Each package's own locale chunks, listed once (under the package's main entry).
    if (sub !== '.') continue;
    const own = `packages/${name.split('/')[1]}/dist/`;
    for (const chunk of full.lazy.filter((c) =>
      c.inputs.some((i) => i.startsWith(own) && new RegExp(`/(${TARGET_LOCALES.join('|')})-[A-Z0-9]+\\.js$`).test(i)),
    )) {
      const label = `  ${chunk.inputs
        .find((i) => i.startsWith(own))
        .replace(own, 'strings: ')
        .replace(/-[A-Z0-9]+\.js$/, '')}`;
      // The pseudo-locales are test tools, 40% longer on purpose, and never picked for a reader.
      const ceiling = (pkg.sizeBudget?.strings?.ceiling ?? 0) * KB || LOCALE_BUDGET;
      const judged = CONTENT_LANGUAGES.some((language) => label.endsWith(`: ${language}`))
        ? `${fmt(ceiling).padStart(8)} ${verdict(chunk.gzip <= ceiling)}` + (chunk.gzip > LOCALE_BUDGET ? ` (target ${fmt(LOCALE_BUDGET)} not met)` : '')
        : '(test only)';
      console.log(`${label.padEnd(44)} ${fmt(chunk.gzip).padStart(9)} ${''.padStart(11)} ${judged}`);
    }
  }
}

async function listPackages() {
  const { readdir } = await import('node:fs/promises');
  const out = [];
  for (const dir of await readdir('packages')) {
    const pkg = JSON.parse(await readFile(join('packages', dir, 'package.json'), 'utf8'));
    // Only JavaScript entries: CSS files, JSON manifests and type-only entries are not loaded as modules.
    const entries = Object.entries(pkg.exports ?? {})
      .filter(([k, target]) => !/\.(css|json)$/.test(k) && !k.includes('*') && (typeof target === 'string' || 'import' in target))
      .map(([k]) => k);
    out.push({ name: pkg.name, entries, pkg });
  }
  return out;
}

// The script-tag build (@childrensafe/widgets cdn/). all.js loads each widget when its element
// is on the page: up front it may cost no more than the widgets' define entries bundled
// together (plus 0.5 KB), and a page showing every widget through it fetches nothing beyond
// what the widget entries fetch together (plus 0.5 KB): nothing duplicated, nothing extra.
const together = await measure(widgets.map((w) => `import '${w}/define';`).join('\n'), { withLit: true });
const CDN = 'packages/widgets/cdn';
const widgetEntries = widgets.map((w) => `cs-${w.split('/')[1]}.js`);
const allUpFront = gzipOfFiles(CDN, staticClosure(CDN, ['all.js']));
const allEveryWidget = gzipOfFiles(CDN, staticClosure(CDN, ['all.js', ...widgetEntries]));
const entriesTogether = gzipOfFiles(CDN, staticClosure(CDN, widgetEntries));
console.log(`\nscript tags (cdn/, min+gzip, each file apart)`);
console.log(`${`${widgets.length} widgets' define entries in one bundle`.padEnd(44)} ${fmt(together.gzip).padStart(9)}`);
console.log(
  `${'all.js up front'.padEnd(44)} ${fmt(allUpFront).padStart(9)} ${''.padStart(11)} ${fmt(together.gzip + 0.5 * KB).padStart(8)} ${verdict(allUpFront <= together.gzip + 0.5 * KB)}`,
);
console.log(`${`their ${widgets.length} cs-*.js entries on one page`.padEnd(44)} ${fmt(entriesTogether).padStart(9)}`);
console.log(
  `${`all.js on a page with all ${widgets.length} widgets`.padEnd(44)} ${fmt(allEveryWidget).padStart(9)} ${''.padStart(11)} ${fmt(entriesTogether + 0.5 * KB).padStart(8)} ${verdict(allEveryWidget <= entriesTogether + 0.5 * KB)}`,
);

/** The files `entries` load before they run: themselves and their static imports, transitively. */
function staticClosure(dir, entries, seen = new Set()) {
  for (const file of entries) {
    if (seen.has(file)) continue;
    seen.add(file);
    // A static import in minified output: `import{a}from"./x.js"` or `import"./x.js"`; never `import(`.
    const code = readFileSync(join(dir, file), 'utf8');
    staticClosure(
      dir,
      [...code.matchAll(/import(?:[^(;"']*?from)?\s*["']\.\/([^"']+)["']/g)].map(([, name]) => name),
      seen,
    );
  }
  return seen;
}
function gzipOfFiles(dir, files) {
  return [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
}

if (check) {
  await mkdir('reports', { recursive: true });
  await writeFile('reports/size.json', JSON.stringify(results) + '\n');
  console.log(`\nbudgets: ${results.passed} within, ${results.failed} over`);
  if (results.failed > 0) process.exit(1);
}
