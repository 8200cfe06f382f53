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
import type { ContentLanguage } from '@childrensafe/content/vocabulary';
import { renderDocument, withContentJson, type Assets } from './document.js';
import { checkText, pageSchema, siteSchema, type PageText, type SiteText } from './page-content.js';
import { helplinesMain } from './pages/helplines.js';
import { STOP_MODULES, homeMain } from './pages/home.js';
import { renderSections } from './pages/sections.js';
import { renderRoot } from './root-page.js';
import { LANGUAGES, NOT_FOUND, PAGES, pageFile, sitemap, type PageEntry } from './site.js';
import { PageData, loadDocuments, type KindLoader } from './widget-data.js';

// lit-localize announces locale changes on `window`, which the DOM shim does not provide.
(globalThis as { window?: unknown }).window ??= new EventTarget();

export interface RenderOptions {
  contentDir: string;
  outDir: string;
  origin: string;
  assets: Omit<Assets, 'site'>;
}

/** The widgets' documents each page shows. */
const WANTED: [string, string][] = [...STOP_MODULES.map((id): [string, string] => ['module', id]), ['helpline-directory', 'europe']];

async function readText<T>(file: string, schema: typeof pageSchema | typeof siteSchema): Promise<T> {
  const result = checkText(schema, JSON.parse(await readFile(file, 'utf8')));
  if (!result.ok) throw new Error(`${file}: ${result.problems.join('; ')}`);
  return result.value as T;
}

/** Writes the site; returns the files written, relative to `outDir`. */
export async function renderSite(options: RenderOptions): Promise<string[]> {
  const { setLocale, provideContentKind } = await import('@childrensafe/core');
  const [{ modules }, { helplineDirectories }] = await Promise.all([import('@childrensafe/content/modules'), import('@childrensafe/content/helplines')]);
  await Promise.all(['module-card', 'helpline-finder', 'quick-exit'].map((name) => import(`@childrensafe/${name}/define`)));
  for (const kind of [modules, helplineDirectories]) provideContentKind(kind);
  const kinds: Record<string, KindLoader> = { module: modules, 'helpline-directory': helplineDirectories } as Record<string, KindLoader>;

  const site = await readText<SiteText>(join(options.contentDir, 'site.json'), siteSchema);
  const texts = new Map<string, PageText>();
  for (const page of [...PAGES, NOT_FOUND]) texts.set(page.id, await readText<PageText>(join(options.contentDir, 'pages', `${page.id}.json`), pageSchema));
  const assets: Assets = { ...options.assets, site };

  const written: string[] = [];
  const write = async (file: string, body: string) => {
    await mkdir(dirname(join(options.outDir, file)), { recursive: true });
    await writeFile(join(options.outDir, file), body);
    written.push(file);
  };

  for (const language of LANGUAGES) {
    await setLocale(language);
    const loaded = await loadDocuments(kinds, WANTED, language);
    for (const page of [...PAGES, NOT_FOUND]) {
      const pageText = texts.get(page.id)!;
      const pageData = new PageData(loaded);
      const main = mainOf(page, pageText, language, pageData);
      const html = await collectResult(render(renderDocument({ page, language, text: pageText, assets, main, data: pageData.json() })));
      await write(pageFile(page, language), withContentJson(html, pageData.json()));
    }
  }
  await setLocale('en');
  await write('index.html', await collectResult(render(renderRoot(site, assets))));
  await write('sitemap.xml', sitemap(options.origin));
  await write('robots.txt', `User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap.xml', options.origin).href}\n`);
  return written;
}

function mainOf(page: PageEntry, text: PageText, language: ContentLanguage, data: PageData): unknown {
  switch (page.id) {
    case 'home':
      return homeMain(text, language, data);
    case 'helplines':
      return helplinesMain(data);
    default:
      return renderSections(text, language);
  }
}
