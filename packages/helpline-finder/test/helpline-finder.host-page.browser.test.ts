import { fixture, html } from '@open-wc/testing';
import { describeHostPageStyles, describeNoContent, describeUnreadableContent, renderedWith } from '../../../test-support/host-page.js';
import '../src/define.js';
import type { CsHelplineFinder } from '../src/helpline-finder.js';
import { WEDNESDAY_MORNING } from '../fixtures/helpline-finder.fixtures.js';

describe('<cs-helpline-finder> on any host page', () => {
  // Without its default directory, the finder has nothing to show.
  describeNoContent('cs-helpline-finder', { directory: '' });
  describeUnreadableContent('cs-helpline-finder');
  describeHostPageStyles({
    make: () =>
      renderedWith(fixture<CsHelplineFinder>(html`<cs-helpline-finder country="FR" now=${WEDNESDAY_MORNING}></cs-helpline-finder>`), '[part="entry"]'),
    part: (el) => el.shadowRoot?.querySelector('section.panel') as Element,
    token: 'color-text',
  });
});
