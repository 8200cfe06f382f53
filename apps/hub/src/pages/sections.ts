/** A page's sections: each a heading, its text and a link onwards, with what the page composes into it (widgets). */
import { html } from '@lit-labs/ssr';
import { renderRichText } from '@childrensafe/core';
import type { ContentLanguage } from '@childrensafe/content/vocabulary';
import { text } from '../document.js';
import type { PageText } from '../page-content.js';
import { pageById, pageUrl } from '../site.js';

export function renderSections(page: PageText, language: ContentLanguage, inside: Record<string, unknown> = {}): unknown {
  return page.sections.map(
    (section) => html`<section class="section" aria-labelledby=${`${section.id}-title`}>
      <h2 id=${`${section.id}-title`}>${text(section.heading, language)}</h2>
      ${section.body ? html`<div class="section-body">${renderRichText(text(section.body, language))}</div>` : ''}
      ${section.link ? html`<p class="section-link"><a href=${pageUrl(pageById(section.link.page), language)}>${text(section.link.text, language)}</a></p>` : ''}
      ${inside[section.id] ?? ''}
    </section>`,
  );
}
