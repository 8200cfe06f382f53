/**
 * An embed page: a document with nothing but one widget, which its script puts in from the
 * address's options (see client/embed.ts) in place of a link to the hub, which is what a reader
 * without JavaScript gets. Kept out of search engines.
 */
import { html, type ServerRenderedTemplate } from '@lit-labs/ssr';
import { text, type Assets } from './document.js';
import type { EmbedEntry } from './embeds.js';

export function renderEmbed(entry: EmbedEntry, assets: Assets & { embedScript: string }): ServerRenderedTemplate {
  const name = text(assets.site.name, 'en');
  return html`<!doctype html>
<html lang="en" dir="ltr" data-cs-theme="hub" data-embed=${entry.widget}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name}</title>
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
${assets.styles.map((href) => html`<link rel="stylesheet" href=${href}>`)}
<script type="module" src=${assets.embedScript}></script>
</head>
<body class="embed">
<main id="main"><p><a href="/" target="_top">${name}</a></p></main>
</body>
</html>
`;
}
