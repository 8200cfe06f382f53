/** Training: the three STOP modules, each card leading to its module's page. */
import { moduleCards } from './module-cards.js';
import { textView, type PageContext, type PageView } from './view.js';

export function trainingPage(ctx: PageContext): PageView {
  return textView(ctx, { modules: moduleCards(ctx.data, ctx.language, 3) });
}
