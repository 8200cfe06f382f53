/**
 * Renders every page of the hub in every language to static HTML, with the widgets as
 * declarative shadow DOM (Lit SSR). Run by scripts/build.mjs in Node, after the client build,
 * which gives the hashed file names.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { HelplineDirectory } from '@childrensafe/content';
import { renderDocument, withContentJson, type Assets } from './document.js';
import { checkText, pageSchema, siteSchema, type PageText, type SiteText } from './page-content.js';
import { helplinesPage } from './pages/helplines.js';
import { homePage } from './pages/home.js';
import { indicatorsPage } from './pages/indicators.js';
import { modulePage } from './pages/module.js';
import { partnersPage } from './pages/partners.js';
import { trainingPage } from './pages/training.js';
import { textView, type PageContext, type PageView } from './pages/view.js';
import { linesForYoungPeople, youngPeoplePage } from './pages/young-people.js';
import { renderEmbed } from './embed-page.js';
import { EMBEDS, embedPath } from './embeds.js';
import { renderRoot } from './root-page.js';
import { LANGUAGES, NOT_FOUND, PAGES, STOP_MODULES, pageFile, sitemap, textIds } from './site.js';
import { PageData, loadDocuments, type KindLoader } from './widget-data.js';

// lit-localize announces locale changes on `window`, which the DOM shim does not provide.
(globalThis as { window?: unknown }).window ??= new EventTarget();

export interface RenderOptions {
  contentDir: string;
  outDir: string;
  origin: string;
  /** The version of @childrensafe/widgets, whose release archive the site offers. */
  widgetsVersion: string;
  assets: Omit<Assets, 'site' | 'origin'> & {
    /** The embed pages' script, hashed. */
    embedScript: string;
  };
}

/** The built-in documents the pages show. */
const WANTED: [string, string][] = [
  ...STOP_MODULES.map((id): [string, string] => ['module', id]),
  ...STOP_MODULES.map((id): [string, string] => ['quiz', `${id}-quiz`]),
  ['quiz', 'jericho-awareness'],
  ['indicator-set', 'stop-indicators'],
  ['helpline-directory', 'europe'],
];

/** Each page's composer, by the id of its text. */
const COMPOSERS: Record<string, (ctx: PageContext) => PageView> = {
  home: homePage,
  training: trainingPage,
  module: modulePage,
  indicators: indicatorsPage,
  helplines: helplinesPage,
  'young-people': youngPeoplePage,
  partners: partnersPage,
};

async function readText<T>(file: string, schema: typeof pageSchema | typeof siteSchema): Promise<T> {
  const result = checkText(schema, JSON.parse(await readFile(file, 'utf8')));
  if (!result.ok) throw new Error(`${file}: ${result.problems.join('; ')}`);
  return result.value as T;
}

/** Writes the site; returns the files written, relative to `outDir`. */
// The build prints how many languages it wrote.
export { LANGUAGES } from './site.js';

export async function renderSite(options: RenderOptions): Promise<string[]> {
  const { setLocale, provideContentKind } = await import('@childrensafe/core');
  const [{ modules }, { quizzes }, { indicatorSets }, { helplineDirectories }] = await Promise.all([
    import('@childrensafe/content/modules'),
    import('@childrensafe/content/quizzes'),
    import('@childrensafe/content/indicators'),
    import('@childrensafe/content/helplines'),
  ]);
  await Promise.all(['module-card', 'quiz', 'indicator-checklist', 'helpline-finder', 'quick-exit'].map((name) => import(`@childrensafe/${name}/define`)));
  for (const kind of [modules, quizzes, indicatorSets, helplineDirectories]) provideContentKind(kind);
  const kinds = { module: modules, quiz: quizzes, 'indicator-set': indicatorSets, 'helpline-directory': helplineDirectories } as unknown as Record<
    string,
    KindLoader
  >;

  const site = await readText<SiteText>(join(options.contentDir, 'site.json'), siteSchema);
  const texts = new Map<string, PageText>();
  for (const id of textIds()) texts.set(id, await readText<PageText>(join(options.contentDir, 'pages', `${id}.json`), pageSchema));
  const assets: Assets = { ...options.assets, site, origin: options.origin };

  const written: string[] = [];
  const write = async (file: string, body: string) => {
    await mkdir(dirname(join(options.outDir, file)), { recursive: true });
    await writeFile(join(options.outDir, file), body);
    written.push(file);
  };

  for (const language of LANGUAGES) {
    await setLocale(language);
    const loaded = await loadDocuments(kinds, WANTED, language);
    loaded.set('helpline-directory:young-people', linesForYoungPeople(loaded.get('helpline-directory:europe') as HelplineDirectory));
    for (const page of [...PAGES, NOT_FOUND]) {
      const data = new PageData(loaded);
      const ctx: PageContext = { page, language, text: texts.get(page.id)!, data, widgetsVersion: options.widgetsVersion };
      const view = (COMPOSERS[page.id] ?? textView)(ctx);
      const html = await collectResult(render(renderDocument({ page, language, assets, ...view, data: data.json() })));
      await write(pageFile(page, language), withContentJson(html, data.json()));
    }
  }
  await setLocale('en');
  await write('index.html', await collectResult(render(renderRoot(site, assets))));
  for (const entry of EMBEDS)
    await write(
      `${embedPath(entry).slice(1)}index.html`,
      await collectResult(render(renderEmbed(entry, { ...assets, embedScript: options.assets.embedScript }))),
    );
  await write('sitemap.xml', sitemap(options.origin));
  await write('robots.txt', `User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap.xml', options.origin).href}\n`);
  return written;
}
