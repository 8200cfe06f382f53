import { fixture, html } from '@open-wc/testing';
import { describeHostHref, describeHostPageStyles, describeNoContent, describeUnreadableContent, renderedWith } from '../../../test-support/host-page.js';
import '../src/define.js';
import type { CsIndicatorChecklist } from '../src/indicator-checklist.js';
import { weightedSet } from '../fixtures/indicator-checklist.fixtures.js';

const checklist = (href = '') =>
  renderedWith(
    fixture<CsIndicatorChecklist>(html`<cs-indicator-checklist helplines-href=${href} .content=${weightedSet}></cs-indicator-checklist>`),
    '[part="title"]',
  );

/** Ticks two strong signs, so the result names the action that links to the helplines. */
async function withHelplineAction(href: string): Promise<CsIndicatorChecklist> {
  const el = await checklist(href);
  for (const id of ['picked-up-by-adults', 'several-phones']) el.shadowRoot?.querySelector<HTMLInputElement>(`input[value="${id}"]`)?.click();
  await el.updateComplete;
  return el;
}

describe('<cs-indicator-checklist> on any host page', () => {
  describeHostHref({
    attribute: 'helplines-href',
    make: withHelplineAction,
    links: (el) => [...(el.shadowRoot?.querySelectorAll<HTMLAnchorElement>('[part="result"] a') ?? [])],
  });
  describeNoContent('cs-indicator-checklist');
  describeUnreadableContent('cs-indicator-checklist');
  describeHostPageStyles({ make: () => checklist(), part: (el) => el.shadowRoot?.querySelector('section.panel') as Element, token: 'color-text' });
});
