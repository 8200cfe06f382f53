/**
 * `node scripts/pack-test.mjs`: proves the packages work as published, not as they sit in the
 * workspace. Run after `turbo run build`.
 *
 * It packs every public package under packages/, installs the tarballs into a fresh project in
 * the OS temp folder (outside the workspace, so nothing resolves back into it), builds a partner
 * page with Vite, renders it in Chromium (English, then French from lazy chunks) and type-checks
 * a usage file against the shipped .d.ts files with skipLibCheck off. Then it makes the widgets
 * README's consumer projects from the same tarballs (scripts/pack-test/consumers.mjs): the cdn/
 * folder on a static site, a React 19 app and a Vue 3 app. One line per check;
 * reports/pack.json gets the counts; exit code 1 when anything failed.
 */
import { existsSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { excerpt, run, serve } from './pack-test/support.mjs';
import { checkConsumers } from './pack-test/consumers.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATES = join(ROOT, 'scripts', 'pack-test');
const started = Date.now();
const counts = { passed: 0, failed: 0, skipped: 0 };
const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));

function report(name, problems, summary) {
  if (problems === null) return (counts.skipped++, console.log(`skip ${name}: ${summary}`));
  if (problems.length === 0) return (counts.passed++, console.log(`ok   ${name}: ${summary}`));
  counts.failed++;
  console.log(`FAIL ${name}: ${problems.length} problem(s)\n${problems.map((p) => `       - ${p}`).join('\n')}`);
}

// npm pack's file list says what a package really ships; a workspace hides what it forgets.
function shipProblems(dir, pkg, files) {
  const problems = [];
  const shipped = new Set(files.map((f) => f.path));
  const targets = [];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : v && Object.values(v).forEach(walk));
  walk(pkg.exports);
  if (pkg.customElements) targets.push(pkg.customElements);
  for (const target of new Set(targets.map((t) => `./${t.replace(/^\.\//, '')}`))) {
    const re = new RegExp(
      `^${target
        .replace(/^\.\//, '')
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.+')}$`,
    );
    if ([...shipped].some((f) => re.test(f))) continue;
    // On disk but not packed: "files" misses it. Not on disk: the build did not make it (or failed).
    const why =
      !target.includes('*') && existsSync(join(dir, target)) ? 'add it to "files"' : 'not built: did the build fail, or does "exports" name the wrong file?';
    problems.push(`${pkg.name}: "${target}" (named in exports/customElements) is not in the tarball; ${why}`);
  }
  return problems;
}

// Every bare import in shipped .js and .d.ts must be a declared dependency (the generated .d.ts
// files import lit-html, for one): in the workspace a hoisted copy hides the omission, in a
// partner's project it may be missing.
async function importProblems(dir, pkg, files) {
  const declared = new Set([pkg.name, ...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })]);
  const missing = new Map();
  for (const { path } of files.filter((f) => /\.(m?js|d\.ts)$/.test(f.path))) {
    const code = await readFile(join(dir, path), 'utf8');
    // Statements at line starts (as tsup writes them) and import("x") types; not text inside content strings.
    const specs = code.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm);
    for (const spec of [...specs].map((m) => m[1] ?? m[2] ?? m[3])) {
      // Relative imports, and Node's own modules (a bundler may drop the node: prefix), need no dependency.
      if (/^(\.|\/|node:)/.test(spec) || builtinModules.includes(spec.split('/')[0])) continue;
      const name = spec
        .split('/')
        .slice(0, spec.startsWith('@') ? 2 : 1)
        .join('/');
      if (!declared.has(name)) missing.set(name, [...(missing.get(name) ?? []), path]);
    }
  }
  const problems = [];
  for (const [name, where] of missing) {
    const local = join(ROOT, 'node_modules', name, 'package.json');
    const range = existsSync(local) ? `"^${(await readJson(local)).version}"` : 'a range';
    problems.push(`${pkg.name}: ${[...new Set(where)].join(', ')} import(s) "${name}", not in "dependencies": add "${name}": ${range}`);
  }
  return problems;
}

/** Waits until every card's shadow text includes its expected string; on timeout says what was there. */
async function expectCards(page, expected, what) {
  const check = (exp) => Object.entries(exp).every(([id, s]) => document.getElementById(id)?.shadowRoot?.textContent?.includes(s));
  try {
    await page.waitForFunction(check, expected, { timeout: 10_000 });
    return [];
  } catch {
    const seen = await page.evaluate(
      (ids) =>
        ids.map((id) => `#${id}: "${(document.getElementById(id)?.shadowRoot?.textContent ?? '(no shadow root)').replace(/\s+/g, ' ').trim().slice(0, 200)}"`),
      Object.keys(expected),
    );
    return [`${what}: expected ${JSON.stringify(expected)}; cards show ${seen.join(', ')}`];
  }
}

async function browserProblems(distDir) {
  const { chromium } = await import('playwright-core');
  const executablePath = CHROMIUM_PATH;
  const args = CHROMIUM_ARGS;
  let server, browser;
  try {
    server = await serve(distDir);
    browser = await chromium.launch({ executablePath, args, headless: true });
    const page = await browser.newPage();
    const problems = [];
    const chunks = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    page.on('request', (r) => chunks.push(r.url()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    const english = await expectCards(page, { builtin: '5 units', slotted: '3 units' }, 'English render');
    if (english.length && !(await page.evaluate(() => !!customElements.get('cs-module-card')))) {
      // The usual cause: a bundler dropped the define entry's side effect (a "sideEffects" list
      // that names only the entry can make esbuild drop the import of a shared chunk).
      return {
        problems: [
          ...problems,
          '<cs-module-card> was never defined: did the bundler drop @childrensafe/module-card/define\'s side effect? check "sideEffects"',
        ],
      };
    }
    problems.push(...english);
    const links = await page.evaluate(() =>
      ['builtin', 'slotted'].map((id) => {
        const a = document.getElementById(id)?.shadowRoot?.querySelector('[part~="title"] a[part~="link"]');
        const slotted =
          a
            ?.querySelector('slot')
            ?.assignedNodes({ flatten: true })
            .map((n) => n.textContent)
            .join('') ?? '';
        return { id, href: a?.getAttribute('href'), text: ((a?.textContent ?? '') + slotted).replace(/\s+/g, ' ').trim() };
      }),
    );
    const want = { builtin: ['/m/1', 'Awareness and prevention of the sexual exploitation of children'], slotted: ['/m/2', 'Slotted module title'] };
    for (const { id, href, text } of links) {
      if (href !== want[id][0] || !text.includes(want[id][1]))
        problems.push(
          `#${id} title link: expected <a href="${want[id][0]}"> with "${want[id][1]}", got ${href === undefined ? 'no link in the shadow root' : `href=${href} text="${text}"`}`,
        );
    }
    // French strings live in lazy chunks: rendering them proves the chunks were packed and resolved.
    const before = chunks.length;
    await page.evaluate(() => (document.documentElement.lang = 'fr'));
    problems.push(...(await expectCards(page, { builtin: '5 unités', slotted: '3 unités' }, 'French render after <html lang="fr">')));
    const lazy = chunks.slice(before).filter((u) => u.endsWith('.js')).length;
    return { problems, summary: `2 cards rendered in en and fr (${lazy} lazy chunk(s) loaded for fr), no console errors or failed requests` };
  } finally {
    await browser?.close();
    server?.close();
  }
}

async function main(tmp) {
  // 1. Pack. Workspaces may include apps/*; only packages/* are published.
  const tarballs = [];
  const problems = [];
  const dirs = (await readdir(join(ROOT, 'packages'))).map((d) => join(ROOT, 'packages', d)).filter((d) => existsSync(join(d, 'package.json')));
  for (const dir of dirs) {
    const pkg = await readJson(join(dir, 'package.json'));
    if (pkg.private) continue;
    if (!existsSync(join(dir, 'dist'))) {
      problems.push(`${pkg.name}: no dist/ (run \`npx turbo run build\` first)`);
      continue;
    }
    const packed = await run('npm', ['pack', '--json', '--pack-destination', tmp], dir);
    if (!packed.ok) {
      problems.push(`${pkg.name}: npm pack failed:\n         ${excerpt(packed.out)}`);
      continue;
    }
    const [info] = JSON.parse(packed.out.slice(packed.out.indexOf('['), packed.out.lastIndexOf(']') + 1));
    tarballs.push({ name: pkg.name, file: join(tmp, info.filename) });
    problems.push(...shipProblems(dir, pkg, info.files), ...(await importProblems(dir, pkg, info.files)));
  }
  report('pack', problems, `${tarballs.length} tarballs (${tarballs.map((t) => t.name).join(', ')})`);
  if (tarballs.length === 0) return ['install', 'vite build', 'browser', 'type-check'].forEach((c) => report(c, null, 'nothing was packed'));

  // 2. Install the tarballs all at once (so they resolve to each other, not the registry),
  // with the root's vite and typescript versions so npm's cache serves them.
  const app = join(tmp, 'app');
  await mkdir(app);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'pack-test-app', private: true, type: 'module' }, null, 2));
  for (const f of ['index.html', 'main.js', 'usage.ts', 'tsconfig.json']) await cp(join(TEMPLATES, f), join(app, f));
  const tools = await Promise.all(['vite', 'typescript'].map(async (n) => `${n}@${(await readJson(join(ROOT, 'node_modules', n, 'package.json'))).version}`));
  const installed = await run('npm', ['install', '--no-audit', '--no-fund', ...tarballs.map((t) => t.file), ...tools], app, 300_000);
  const installProblems = installed.ok ? [] : [`npm install failed:\n         ${excerpt(installed.out)}`];
  if (installed.ok) {
    // Each of our packages must come from its tarball, once: a nested or registry copy means a version range misses.
    const lock = (await readJson(join(app, 'package-lock.json'))).packages;
    for (const [key, entry] of Object.entries(lock).filter(([k]) => k.includes('@childrensafe/'))) {
      if (!/^node_modules\/@childrensafe\/[^/]+$/.test(key) || !entry.resolved?.startsWith('file:'))
        installProblems.push(`${key} was not installed from its tarball (resolved: ${entry.resolved ?? 'registry'})`);
    }
  }
  report('install', installProblems, `${tarballs.length} tarballs + ${tools.join(', ')}`);
  if (!installed.ok) return ['vite build', 'browser', 'type-check'].forEach((c) => report(c, null, 'install failed'));

  // 3. Build the partner page. Vite only warns about some unresolved imports, so warnings fail too.
  const built = await run(join(app, 'node_modules', '.bin', 'vite'), ['build'], app);
  const warnings = built.out
    .split('\n')
    .filter((l) => /unresolved|resolve at build time|could not be resolved|failed to resolve|not exported|\[warn|warning/i.test(l));
  report('vite build', built.ok ? warnings : [`vite build failed:\n         ${excerpt(built.out)}`], `dist/ built from '@childrensafe/module-card/define'`);

  // 4. Render it.
  if (!built.ok) report('browser', null, 'vite build failed');
  else {
    try {
      const { problems, summary } = await browserProblems(join(app, 'dist'));
      report('browser', problems, summary);
    } catch (error) {
      report('browser', [`could not run the browser check: ${error.message.split('\n')[0]}`], '');
    }
  }

  // 5. Type-check against the shipped .d.ts with skipLibCheck off (see scripts/pack-test/tsconfig.json).
  const checked = await run(join(app, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], app);
  report(
    'type-check',
    checked.ok ? [] : [`tsc errors:\n         ${excerpt(checked.out, 30)}`],
    'usage.ts compiles with --strict --skipLibCheck false; the @ts-expect-error line errors as it should',
  );

  // 6. The consumer projects of the widgets README: the cdn/ folder on a static site, React, Vue.
  await checkConsumers({ tmp, tarballs: tarballs.map((t) => t.file), tools, root: ROOT, report });
}

let tmp;
// A cancelled CI job should not leave a 100 MB project in /tmp.
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    process.exit(130);
  });
try {
  tmp = await mkdtemp(join(tmpdir(), 'cs-pack-test-'));
  await main(tmp);
} catch (error) {
  report('pack-test', [`unexpected error: ${error.stack}`], '');
} finally {
  if (tmp) await rm(tmp, { recursive: true, force: true });
  await mkdir(join(ROOT, 'reports'), { recursive: true });
  await writeFile(join(ROOT, 'reports', 'pack.json'), `${JSON.stringify(counts)}\n`);
  console.log(
    `${counts.failed ? 'FAILED' : 'passed'}: ${counts.passed} ok, ${counts.failed} failed, ${counts.skipped} skipped in ${((Date.now() - started) / 1000).toFixed(1)} s (reports/pack.json)`,
  );
  process.exitCode = counts.failed ? 1 : 0;
}
