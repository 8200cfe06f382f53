/**
 * Consumer projects made from the packed tarballs, as partners make them: plain pages with the
 * `cdn/` folder served as a static site under the strict policy (one with the script tags, one
 * with an import map for Lit), a page built with Vite, a React 19 app and a Vue 3 app.
 * Their code is the widgets README's own examples, read from the README (the blocks marked
 * `<!-- consumer: <project>/<file> -->`); the small harness around them (the page, mounting the
 * app, the tsconfig) is here and in scripts/pack-test/consumers/. Each is type-checked, built and run in Chromium.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { excerpt, run, serve } from './support.mjs';

const HERE = dirname(new URL(import.meta.url).pathname);

/** The README's example files, by project: `{ react: { 'src/App.tsx': '…' } }`. */
async function readmeExamples(root) {
  const readme = await readFile(join(root, 'packages/widgets/README.md'), 'utf8');
  const examples = {};
  for (const [, project, file, code] of readme.matchAll(/<!-- consumer: ([a-z]+)\/([^ ]+) -->\n```[a-z]*\n([\s\S]*?)```/g)) {
    (examples[project] ??= {})[file] = code;
  }
  return examples;
}

/** The quiz document the content README shows, which the framework examples import. */
async function readmeQuiz(root) {
  const readme = await readFile(join(root, 'packages/content/README.md'), 'utf8');
  return readme.split('## A document')[1]?.match(/```json\n([\s\S]*?)```/)?.[1];
}

/** React's and Vue's app: the README quiz from a property, the finder from attributes, an answer heard. */
async function checkFrameworkApp(page) {
  const problems = await expectText(page, { 'cs-quiz': 'Consent and exploitation', 'cs-helpline-finder': 'Find a helpline' });
  return problems.length ? problems : answerQuiz(page);
}

/** The plain Vite page: the widgets it shows, loaded as they appear, then in Italian at the page's request. */
async function checkVitePage(page) {
  const english = await expectText(page, { 'cs-quick-exit': 'Exit this page', 'cs-quiz': 'awareness and prevention' });
  if (english.length) return english;
  await page.getByRole('button', { name: 'Italiano' }).click();
  return expectText(page, { 'cs-quick-exit': 'Esci da questa pagina', 'cs-quiz': 'Inizia' });
}

const PROJECTS = {
  vite: {
    title: 'Vite',
    check: checkVitePage,
    summary: 'the quick exit and the quiz loaded as they appear, then Italian through setLocale from /page, no warning',
    tools: [],
  },
  react: {
    check: checkFrameworkApp,
    summary: "the quiz from a property, the finder from attributes, an answer heard through the framework's event binding, no warning",
    title: 'React 19',
    entry: '/src/main.tsx',
    tools: ['react@^19', 'react-dom@^19', '@types/react@^19', '@types/react-dom@^19'],
    typecheck: ['tsc', ['-p', 'tsconfig.json']],
  },
  vue: {
    check: checkFrameworkApp,
    summary: "the quiz from a property, the finder from attributes, an answer heard through the framework's event binding, no warning",
    title: 'Vue 3',
    entry: '/src/main.ts',
    tools: ['vue@^3.5', '@vitejs/plugin-vue@^6', 'vue-tsc@^3'],
    typecheck: ['vue-tsc', ['-p', 'tsconfig.json']],
  },
};

/**
 * Opens `url` and records what must never happen: a console warning or error, an uncaught error,
 * a failed request, a request elsewhere, a CSP violation.
 */
async function openPage(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  const scripts = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(new URL(url).origin) && !r.url().startsWith('data:')) problems.push(`request to another origin: ${r.url()}`);
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`)),
  );
  await page.goto(url);
  return { page, problems, scripts };
}

/** Waits until each widget's shadow text holds its expected text; on timeout says what was there. */
async function expectText(page, expected) {
  const holds = (exp) => Object.entries(exp).every(([tag, text]) => document.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').includes(text));
  try {
    await page.waitForFunction(holds, expected, { timeout: 15_000 });
    return [];
  } catch {
    const seen = await page.evaluate(
      (tags) =>
        tags.map((tag) => `${tag}: "${(document.querySelector(tag)?.shadowRoot?.textContent ?? '(not rendered)').replace(/\s+/g, ' ').trim().slice(0, 120)}"`),
      Object.keys(expected),
    );
    return [`expected ${JSON.stringify(expected)}; the page shows ${seen.join(', ')}`];
  }
}

/** Answers the README quiz's one question wrong, as a reader would, and waits for the app to say so. */
async function answerQuiz(page) {
  const quiz = page.locator('cs-quiz');
  await quiz.getByRole('button', { name: 'Start' }).click();
  await quiz.getByRole('radio', { name: 'True' }).check();
  await quiz.getByRole('button', { name: 'Check' }).click();
  try {
    await page.waitForFunction(() => document.getElementById('answer')?.textContent === 'not quite', null, { timeout: 10_000 });
    return [];
  } catch {
    return [`the app did not receive cs-quiz-answer: #answer says "${await page.locator('#answer').textContent()}"`];
  }
}

/** A framework app: the README's files in the harness, installed from the tarballs, type-checked, built, run. */
async function frameworkApp(name, { tmp, tarballs, tools, examples, quiz, browser, report }) {
  const app = join(tmp, `consumer-${name}`);
  await mkdir(app, { recursive: true });
  if (existsSync(join(HERE, 'consumers', name))) await cp(join(HERE, 'consumers', name), app, { recursive: true });
  for (const [file, code] of Object.entries(examples[name] ?? {})) {
    await mkdir(dirname(join(app, file)), { recursive: true });
    await writeFile(join(app, file), code);
  }
  if (existsSync(join(app, 'src'))) await writeFile(join(app, 'src/consent-check.json'), quiz);
  // The page the framework apps mount into (#app), where the README gives none.
  if (!existsSync(join(app, 'index.html')))
    await writeFile(
      join(app, 'index.html'),
      `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Consumer: ${PROJECTS[name].title}</title><link rel="icon" href="data:,"><script type="module" src="${PROJECTS[name].entry}"></script></head>\n<body><div id="app"></div></body>\n</html>\n`,
    );
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }, null, 2));
  const installed = await run('npm', ['install', '--no-audit', '--no-fund', ...tarballs, ...tools, ...PROJECTS[name].tools], app, 300_000);
  if (!installed.ok) return report(`${name}`, [`npm install failed:\n         ${excerpt(installed.out)}`], '');

  if (PROJECTS[name].typecheck) {
    const [checker, args] = PROJECTS[name].typecheck;
    const checked = await run(join(app, 'node_modules', '.bin', checker), args, app);
    report(
      `${name}: types`,
      checked.ok ? [] : [`${checker} errors:\n         ${excerpt(checked.out, 30)}`],
      `${checker} passes with skipLibCheck off; the lines that must not compile do not`,
    );
  }

  const built = await run(join(app, 'node_modules', '.bin', 'vite'), ['build'], app);
  if (!built.ok) return report(`${name}: app`, [`vite build failed:\n         ${excerpt(built.out)}`], '');
  const server = await serve(join(app, 'dist'));
  try {
    const { page, problems } = await openPage(browser, `http://127.0.0.1:${server.address().port}/`);
    problems.push(...(await PROJECTS[name].check(page)));
    await page.close();
    report(`${name}: app`, problems, PROJECTS[name].summary);
  } finally {
    server.close();
  }
}

/**
 * The cdn/ folder from the widgets tarball, uploaded to a static site with one of the README's
 * pages (`cdn` or `importmap`) and its policy. The import-map page also gets Lit's own npm
 * packages in /vendor/, and its inline import map's hash in the policy.
 */
async function cdnSite(project, expected, { tmp, tarballs, examples, browser, report, root }) {
  const site = join(tmp, `consumer-${project}`);
  const widgets = tarballs.find((file) => /childrensafe-widgets-[^/]*\.tgz$/.test(file));
  await mkdir(join(site, 'vendor/childrensafe'), { recursive: true });
  const unpacked = await run('tar', ['-xzf', widgets, '-C', join(site, 'vendor/childrensafe'), '--strip-components=1', 'package/cdn'], tmp);
  const page = examples[project]?.['index.html'];
  if (!unpacked.ok || !page || !examples.cdn?.['policy.txt']) {
    return report(
      project,
      [unpacked.ok ? `the widgets README has no ${project}/index.html or cdn/policy.txt example` : `could not unpack cdn/: ${excerpt(unpacked.out)}`],
      '',
    );
  }
  await writeFile(join(site, 'index.html'), page);
  let policy = examples.cdn['policy.txt'].replace(/\s*\n\s*/g, ' ').trim();
  const importMap = page.match(/<script type="importmap">([\s\S]*?)<\/script>/)?.[1];
  if (importMap !== undefined) {
    for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'])
      await cp(join(root, 'node_modules', name), join(site, 'vendor', name), { recursive: true });
    policy = policy.replace("script-src 'self'", `script-src 'self' 'sha256-${createHash('sha256').update(importMap).digest('base64')}'`);
  }
  const server = await serve(site, { 'content-security-policy': policy });
  try {
    const { page: tab, problems, scripts } = await openPage(browser, `http://127.0.0.1:${server.address().port}/`);
    problems.push(...(await expectText(tab, expected)));
    await tab.waitForLoadState('networkidle');
    await tab.close();
    const bodies = await Promise.all(scripts.map((path) => readFile(join(site, path), 'utf8').catch(() => '')));
    // Lit's template engine, bundled or the page's own copy: the file that creates its Trusted Types policy.
    const lit = bodies.filter((body) => /createPolicy\(["']lit-html["']/.test(body)).length;
    if (lit !== 1) problems.push(`Lit's template engine came in ${lit} files, expected 1`);
    if (scripts.length !== new Set(scripts).size) problems.push('a script was fetched twice');
    report(project, problems, `the README's page under its policy: ${scripts.length} scripts, Lit once, no CSP violation`);
  } finally {
    server.close();
  }
}

export async function checkConsumers({ tmp, tarballs, tools, root, report }) {
  const examples = await readmeExamples(root);
  const quiz = await readmeQuiz(root);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const site = { tmp, tarballs, examples, browser, report, root };
    await cdnSite('cdn', { 'cs-quick-exit': 'Quitter cette page', 'cs-module-card': '5 unités', 'cs-helpline-finder': 'Trouver une ligne d’aide' }, site);
    await cdnSite('importmap', { 'cs-quiz': '¿Relación sana o explotación? Pon a prueba lo que sabes' }, site);
    for (const name of Object.keys(PROJECTS)) await frameworkApp(name, { tmp, tarballs, tools, examples, quiz, browser, report });
  } finally {
    await browser.close();
  }
}
