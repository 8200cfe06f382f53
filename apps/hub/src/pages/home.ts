/**
 * Home: what the hub is, the three STOP modules as cards, JERICHO, and the helplines. The cards
 * are links and text: the server's HTML is all they need, so they are not hydrated.
 */
import { html } from 'lit';
import type { ContentLanguage } from '@childrensafe/content/vocabulary';
import type { PageText } from '../page-content.js';
import type { PageData } from '../widget-data.js';
import { renderSections } from './sections.js';

export const STOP_MODULES = ['stop-1', 'stop-2', 'stop-3'] as const;

export function homeMain(page: PageText, language: ContentLanguage, data: PageData): unknown {
  return renderSections(page, language, {
    training: html`<ul class="cards" role="list">
      ${STOP_MODULES.map((id) => html`<li><cs-module-card heading-level="3" .content=${data.get('module', id)}></cs-module-card></li>`)}
    </ul>`,
    helplines: html`<cs-helpline-finder data-hydrate heading-level="3" data-content=${data.key('helpline-directory', 'europe')} .content=${data.get('helpline-directory', 'europe')}></cs-helpline-finder>`,
  });
}
