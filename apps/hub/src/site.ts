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
}

export const PAGES: readonly PageEntry[] = [
  { id: 'home', path: '' },
  { id: 'helplines', path: 'helplines/' },
];

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

/** The sitemap of every page in every language, each with its alternates (absolute URLs on `origin`). */
export function sitemap(origin: string): string {
  const absolute = (path: string) => new URL(path, origin).href;
  const urls = PAGES.flatMap((page) =>
    alternates(page).map(({ url }) => {
      const links = alternates(page).map((alt) => `    <xhtml:link rel="alternate" hreflang="${alt.language}" href="${absolute(alt.url)}"/>`);
      return `  <url>\n    <loc>${absolute(url)}</loc>\n${links.join('\n')}\n  </url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
