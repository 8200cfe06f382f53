/** The STOP modules as cards, each a link to its module's page. Static: a card needs no script. */
import { html } from 'lit';
import type { ContentLanguage } from '@childrensafe/content/vocabulary';
import { STOP_MODULES, modulePageOf, pageUrl } from '../site.js';
import type { PageData } from '../widget-data.js';

export function moduleCards(data: PageData, language: ContentLanguage, headingLevel: number): unknown {
  return html`<ul class="cards" role="list">
    ${STOP_MODULES.map(
      (id) =>
        html`<li><cs-module-card heading-level=${headingLevel} href=${pageUrl(modulePageOf(id), language)} .content=${data.get('module', id)}></cs-module-card></li>`,
    )}
  </ul>`;
}
