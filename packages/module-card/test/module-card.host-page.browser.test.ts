import { fixture, html } from '@open-wc/testing';
import { describeHostHref, describeHostPageStyles, describeNoContent, describeUnreadableContent, renderedWith } from '../../../test-support/host-page.js';
import '../src/define.js';
import type { CsModuleCard } from '../src/module-card.js';

const card = (href?: string) =>
  renderedWith(fixture<CsModuleCard>(html`<cs-module-card module="stop-1" href=${href ?? ''}></cs-module-card>`), '[part="title"]');

describe('<cs-module-card> on any host page', () => {
  describeHostHref({ attribute: 'href', make: card, links: (el) => [...(el.shadowRoot?.querySelectorAll('a') ?? [])] });
  describeNoContent('cs-module-card');
  describeUnreadableContent('cs-module-card');
  describeHostPageStyles({ make: () => card(), part: (el) => el.shadowRoot?.querySelector('[part="card"]') as Element, token: 'color-text' });
});
