/** Helplines: the full helpline finder. */
import { html } from 'lit';
import { textView, type PageContext, type PageView } from './view.js';

export function helplinesPage(ctx: PageContext): PageView {
  const { data } = ctx;
  return textView(
    ctx,
    {},
    html`<cs-helpline-finder data-hydrate data-content=${data.key('helpline-directory', 'europe')} .content=${data.get('helpline-directory', 'europe')}></cs-helpline-finder>`,
  );
}
