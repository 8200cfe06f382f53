/** Home: what the hub is, the three STOP modules as cards, JERICHO, and the helplines. */
import { html } from 'lit';
import { moduleCards } from './module-cards.js';
import { textView, type PageContext, type PageView } from './view.js';

export function homePage(ctx: PageContext): PageView {
  const { data, language } = ctx;
  return textView(ctx, {
    training: moduleCards(data, language, 3),
    helplines: html`<cs-helpline-finder data-hydrate heading-level="3" data-content=${data.key('helpline-directory', 'europe')} .content=${data.get('helpline-directory', 'europe')}></cs-helpline-finder>`,
  });
}
