/**
 * The page every hub address shares: the document head (language, title, description,
 * alternates in the other languages, the theme and the client script), the skip link, the
 * header with its navigation and language switcher, the main text and the footer. Server-only:
 * the widgets inside are hydrated, the rest is plain HTML that works without JavaScript.
 */
import { html, type ServerRenderedTemplate } from '@lit-labs/ssr';
import { displayNames, pickText } from '@childrensafe/core';
import type { ContentLanguage } from '@childrensafe/content/vocabulary';
import { LANGUAGES, MENU, NOT_FOUND, PAGES, absoluteUrl, alternates, pageUrl, type PageEntry } from './site.js';
import type { LocalizedText, SiteText } from './page-content.js';

/**
 * Where a page's JSON goes: a template would escape it as HTML, which a script's text is not,
 * so the renderer writes it in after rendering (`withContentJson`).
 */
const CONTENT_SLOT = 'CS_CONTENT_JSON';

/** Writes the widgets' documents into the page's JSON script, safe inside `<script>`. */
export function withContentJson(page: string, data: Record<string, unknown> | undefined): string {
  if (!data) return page;
  // "<" escaped: no "</script>" or "<!--" in the text can end the script early.
  return page.replace(`>${CONTENT_SLOT}</script>`, () => `>${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`);
}

/** What the build gives every page: the site's texts and the files the page links to. */
export interface Assets {
  site: SiteText;
  /** Where the hub is published (`https://childrensafe.eu`), for the addresses search engines read. */
  origin: string;
  /** The theme stylesheet and the page's own styles, hashed. */
  styles: readonly string[];
  /** The client entry, hashed; absent on pages without widgets. */
  script?: string;
  /** The modules the entry imports at once, for `modulepreload`. */
  preload: readonly string[];
}

/**
 * What search engines read in a page's head: its own address (`canonical`), each language's
 * version of it and the root as the version for readers of any other language, all absolute as
 * they require. A page without a canonical address (not found) is kept out of the index instead.
 */
export function searchLinks(
  origin: string,
  canonical: string | undefined,
  versions: readonly { language: ContentLanguage; url: string }[],
): ServerRenderedTemplate {
  if (canonical === undefined) return html`<meta name="robots" content="noindex">`;
  return html`<link rel="canonical" href=${absoluteUrl(canonical, origin)}>
${versions.map(({ language, url }) => html`<link rel="alternate" hreflang=${language} href=${absoluteUrl(url, origin)}>`)}
<link rel="alternate" hreflang="x-default" href=${absoluteUrl('/', origin)}>`;
}

/** A language's own name for itself, for the switcher: "Ελληνικά", not "Greek". */
export function languageName(language: ContentLanguage): string {
  const name = displayNames(language, { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/** A text in the page's language: the hub's texts are complete in all five (the build checks). */
export const text = (value: LocalizedText, language: ContentLanguage): string => pickText(value, language).text;

export function renderDocument(options: {
  page: PageEntry;
  language: ContentLanguage;
  /** A line above the heading that says what kind of page this is. */
  eyebrow?: string;
  /** The page's one `h1`, also the start of its `<title>`. */
  heading: string;
  /** What search engines show under the title. */
  description: string;
  /** A line before the main text, after the heading. */
  intro?: unknown;
  assets: Assets;
  /** The main content after the page's title and intro. */
  main: unknown;
  /** Content documents the widgets hydrate with, by key (`data-content` on each widget). */
  data?: Record<string, unknown>;
}): ServerRenderedTemplate {
  const { page, language, assets } = options;
  const site = assets.site;
  const t = (value: LocalizedText) => text(value, language);
  const title = page.id === 'home' ? t(site.name) : `${options.heading} · ${t(site.name)}`;
  const current = page.parent ?? page.id;
  return html`<!doctype html>
<html lang=${language} dir="ltr" data-cs-theme="hub">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content=${options.description}>
<meta name="referrer" content="no-referrer">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${searchLinks(assets.origin, page === NOT_FOUND ? undefined : pageUrl(page, language), alternates(page))}
${assets.styles.map((href) => html`<link rel="stylesheet" href=${href}>`)}
${assets.preload.map((href) => html`<link rel="modulepreload" href=${href}>`)}
${assets.script ? html`<script type="module" src=${assets.script}></script>` : ''}
</head>
<body>
<a class="skip-link" href="#main">${t(site.skipLink)}</a>
<header class="site-header">
  <a class="site-name" href=${pageUrl(PAGES[0]!, language)}>${t(site.name)}</a>
  <nav aria-label=${t(site.navigationLabel)}>
    <ul class="nav">
      ${MENU.map(
        (entry) =>
          html`<li><a href=${pageUrl(entry, language)} aria-current=${entry.id === page.id ? 'page' : entry.id === current ? 'true' : 'false'}>${t(site.nav[entry.id]!)}</a></li>`,
      )}
    </ul>
  </nav>
  <nav class="languages" aria-label=${t(site.languagesLabel)}>
    <ul>
      ${LANGUAGES.map(
        (other) =>
          html`<li><a href=${pageUrl(page, other)} hreflang=${other} lang=${other} aria-current=${other === language ? 'true' : 'false'}>${languageName(other)}</a></li>`,
      )}
    </ul>
  </nav>
  <cs-quick-exit data-hydrate position="top-end"></cs-quick-exit>
</header>
<main id="main" tabindex="-1">
  ${options.eyebrow ? html`<p class="eyebrow">${options.eyebrow}</p>` : ''}
  <h1>${options.heading}</h1>
  ${options.intro ?? ''}
  ${options.main}
</main>
<footer class="site-footer"><p>${t(site.footer)}</p></footer>
${options.data ? html`<script type="application/json" id="cs-content">${CONTENT_SLOT}</script>` : ''}
</body>
</html>
`;
}
