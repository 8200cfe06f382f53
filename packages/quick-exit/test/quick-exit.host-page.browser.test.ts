import { fixture, html } from '@open-wc/testing';
import { describeHostHref, describeHostPageStyles } from '../../../test-support/host-page.js';
import '../src/define.js';
import { DEFAULT_DESTINATION } from '../src/quick-exit-model.js';
import type { CsQuickExit } from '../src/quick-exit.js';

const exit = async (href?: string) => {
  const el = await fixture<CsQuickExit>(html`<cs-quick-exit position="inline" href=${href ?? ''}></cs-quick-exit>`);
  await el.updateComplete;
  return el;
};
const button = (el: HTMLElement) => el.shadowRoot?.querySelector('a[part="button"]') as HTMLAnchorElement;

describe('<cs-quick-exit> on any host page', () => {
  // The exit must always work: a refused href leads to the default neutral site.
  describeHostHref({
    attribute: 'href',
    make: exit,
    links: (el) => [button(el)],
    fallback: DEFAULT_DESTINATION,
    resolve: (href) => new URL(href, document.baseURI).href,
  });
  describeHostPageStyles({ make: () => exit(), part: button, token: 'color-on-exit' });
});
