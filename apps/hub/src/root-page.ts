/**
 * The site's root, `/`: the reader chooses a language, each named in itself, and search engines
 * find every version through the alternates. No script: it is a page of links.
 */
import { html, type ServerRenderedTemplate } from '@lit-labs/ssr';
import { PAGES, LANGUAGES, alternates, pageUrl } from './site.js';
import { languageName, searchLinks, text, type Assets } from './document.js';

export function renderRoot(site: Assets['site'], assets: Omit<Assets, 'site'>): ServerRenderedTemplate {
  const home = PAGES[0]!;
  return html`<!doctype html>
<html lang="en" dir="ltr" data-cs-theme="hub">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(site.name, 'en')}</title>
<meta name="referrer" content="no-referrer">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${searchLinks(assets.origin, '/', alternates(home))}
${assets.styles.map((href) => html`<link rel="stylesheet" href=${href}>`)}
</head>
<body>
<main id="main" class="root">
  <h1>${text(site.name, 'en')}</h1>
  <ul class="choose" role="list">
    ${LANGUAGES.map(
      (language) =>
        html`<li lang=${language}><a href=${pageUrl(home, language)} hreflang=${language}><span class="choose-label">${text(site.chooseLanguage, language)}</span> <strong>${languageName(language)}</strong></a></li>`,
    )}
  </ul>
</main>
</body>
</html>
`;
}
