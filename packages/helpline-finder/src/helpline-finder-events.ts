import type { ChannelType } from '@childrensafe/content/vocabulary';

/** `cs-helpline-finder-contact`: a contact link was used, for hosts that count it. The library sends nothing. */
export interface HelplineFinderContactDetail {
  /** The helpline's id in its directory. */
  helpline: string;
  channel: ChannelType;
  country: string;
}

/** @deprecated The old name of `HelplineFinderContactDetail`. */
export type HelplineContactDetail = HelplineFinderContactDetail;

interface HelplineFinderEvents {
  'cs-helpline-finder-contact': CustomEvent<HelplineFinderContactDetail>;
  /** @deprecated Use `cs-helpline-finder-contact`; this name is fired too until the next minor version. */
  'cs-helpline-contact': CustomEvent<HelplineFinderContactDetail>;
}

// The events bubble out of shadow roots, so hosts may listen on the element or the document.
declare global {
  interface HTMLElementEventMap extends HelplineFinderEvents {}
  interface DocumentEventMap extends HelplineFinderEvents {}
}
