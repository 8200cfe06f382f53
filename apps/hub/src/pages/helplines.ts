/** Helplines: the full helpline finder. */
import { html } from 'lit';
import type { PageData } from '../widget-data.js';

export function helplinesMain(data: PageData): unknown {
  return html`<cs-helpline-finder data-hydrate data-content=${data.key('helpline-directory', 'europe')} .content=${data.get('helpline-directory', 'europe')}></cs-helpline-finder>`;
}
