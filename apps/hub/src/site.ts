/**
 * The hub's map: its languages, its pages and where each lives. Pure data and functions, so the
 * build, the tests and the language switcher read the same answers.
 */
import { CONTENT_LANGUAGES, type ContentLanguage } from '@childrensafe/content/vocabulary';

export const LANGUAGES: readonly ContentLanguage[] = CONTENT_LANGUAGES;

/** A page of the hub, in every language: its id (the content file it reads) and its path below `/<lang>/`. */
export interface PageEntry {
  id: string;
  /** '' for the language's home; otherwise ends with '/' (a folder with an index.html). */
  path: string;
  /** A module's page: the built-in module it shows (its text is the module's own). */
  module?: string;
  /** The menu entry a page belongs to, when it has none of its own (a module's page: training). */
  parent?: string;
}

/** The STOP modules, in their order. */
export const STOP_MODULES = ['stop-1', 'stop-2', 'stop-3'] as const;

const modulePage = (module: string): PageEntry => ({ id: 'module', path: `training/${module}/`, module, parent: 'training' });

export const PAGES: readonly PageEntry[] = [
  { id: 'home', path: '' },
  { id: 'training', path: 'training/' },
  ...STOP_MODULES.map(modulePage),
  { id: 'indicators', path: 'indicators/' },
  { id: 'helplines', path: 'helplines/' },
  { id: 'young-people', path: 'young-people/' },
  { id: 'about', path: 'about/' },
  { id: 'partners', path: 'partners/', parent: 'about' },
];

/** The pages the menu lists, in its order. */
export const MENU: readonly PageEntry[] = PAGES.filter((page) => !page.parent);

/** A page by its text's id (the first, for module pages). */
export function pageById(id: string): PageEntry {
  const page = PAGES.find((p) => p.id === id);
  if (!page) throw new Error(`no page "${id}"`);
  return page;
}

/** The page of a module, to link a module card to. */
export function modulePageOf(module: string): PageEntry {
  const page = PAGES.find((p) => p.module === module);
  if (!page) throw new Error(`no page for module "${module}"`);
  return page;
}

/** The text file a page reads: module pages share one. */
export const textIds = (): string[] => [...new Set([...PAGES, NOT_FOUND].map((page) => page.id))];

/** The page a missing address shows, in each language (`/<lang>/404.html`). */
export const NOT_FOUND: PageEntry = { id: 'not-found', path: '404.html' };

/** The address of a page in a language, from the site's root: `/fr/helplines/`. */
export function pageUrl(page: PageEntry, language: ContentLanguage): string {
  return `/${language}/${page.path}`;
}

/** The file a page is written to, below the output folder: `fr/helplines/index.html`. */
export function pageFile(page: PageEntry, language: ContentLanguage): string {
  return `${language}/${page.path.endsWith('.html') ? page.path : `${page.path}index.html`}`;
}

/** The same page in every language, for `hreflang` alternates and the language switcher. */
export function alternates(page: PageEntry): { language: ContentLanguage; url: string }[] {
  return LANGUAGES.map((language) => ({ language, url: pageUrl(page, language) }));
}

/** A page's address once published on `origin`: search engines want them absolute. */
export const absoluteUrl = (path: string, origin: string): string => new URL(path, origin).href;

/** The sitemap of every page in every language, each with its alternates (absolute URLs on `origin`). */
export function sitemap(origin: string): string {
  const absolute = (path: string) => absoluteUrl(path, origin);
  const urls = PAGES.flatMap((page) =>
    alternates(page).map(({ url }) => {
      const links = alternates(page).map((alt) => `    <xhtml:link rel="alternate" hreflang="${alt.language}" href="${absolute(alt.url)}"/>`);
      return `  <url>\n    <loc>${absolute(url)}</loc>\n${links.join('\n')}\n  </url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
