/**
 * For partner sites: a form that chooses a widget and its options, and the code to copy, with
 * script tags and in an iframe. The server writes the code for the first choice, so it can be
 * read and copied by hand without JavaScript; the page's script (client/snippet-builder.ts)
 * rewrites it as the choice changes, with the same functions.
 */
import { html } from 'lit';
import type { HelplineDirectory } from '@childrensafe/content';
import { displayNames } from '@childrensafe/core';
import { SNIPPET_THEMES, SNIPPET_WIDGETS, iframeSnippet, scriptSnippet, type SnippetOptions } from '@childrensafe/widgets/snippets';
import { languageName, text } from '../document.js';
import { LANGUAGES } from '../site.js';
import { textView, type PageContext, type PageView } from './view.js';

/** The release archive the build copies into the site, by the widgets' version. */
export const downloadPath = (version: string): string => `/downloads/childrensafe-widgets-${version}.zip`;

export function partnersPage(ctx: PageContext): PageView {
  const { language, data, widgetsVersion } = ctx;
  const label = (id: string) => text(ctx.text.labels[id] ?? missingLabel(id), language);
  const first: SnippetOptions = { widget: 'quiz', language, theme: 'hub' };
  const countries = [...new Set((data.get('helpline-directory', 'europe') as HelplineDirectory).helplines.map((line) => line.country))].filter(
    (code) => code !== 'EU',
  );
  const regionName = displayNames(language, { type: 'region' });
  const option = (value: string, name: string, selected = false) => html`<option value=${value} ?selected=${selected}>${name}</option>`;
  const field = (id: string, control: unknown) => html`<p class="field"><label for=${`snippet-${id}`}>${label(id)}</label>${control}</p>`;
  const code = (way: 'script' | 'iframe', snippet: string | undefined) =>
    html`<div class="snippet" data-way=${way}>
      <pre><code id=${`snippet-${way}`}>${snippet ?? ''}</code></pre>
      <p class="snippet-none" ?hidden=${snippet !== undefined}>${label('no-iframe')}</p>
      <button type="button" class="copy" data-copies=${`snippet-${way}`} ?hidden=${snippet === undefined}>${label('copy')}</button>
    </div>`;

  return textView(ctx, {
    builder: html`<form class="snippet-builder" data-copied=${label('copied')} data-title-quiz=${label('quiz')} data-title-indicator-checklist=${label('indicator-checklist')} data-title-helpline-finder=${label('helpline-finder')}>
        ${field('widget', html`<select id="snippet-widget" name="widget">${Object.keys(SNIPPET_WIDGETS).map((w) => option(w, label(w), w === first.widget))}</select>`)}
        ${field('language', html`<select id="snippet-language" name="language">${LANGUAGES.map((l) => option(l, languageName(l), l === language))}</select>`)}
        ${field('theme', html`<select id="snippet-theme" name="theme">${SNIPPET_THEMES.map((t) => option(t, label(`theme-${t}`), t === first.theme))}</select>`)}
        ${field('country', html`<select id="snippet-country" name="country">${option('', label('no-country'), true)}${countries.map((c) => option(c, regionName.of(c) ?? c))}</select>`)}
      </form>
      <p class="snippet-status" role="status"></p>`,
    script: html`<p><a href=${downloadPath(widgetsVersion)} download>${label('download')}</a> (${widgetsVersion}, ZIP)</p>${code('script', scriptSnippet(first))}`,
    iframe: code('iframe', iframeSnippet(first, label(first.widget))),
  });
}

function missingLabel(id: string): never {
  throw new Error(`content/pages/partners.json: no label "${id}"`);
}
