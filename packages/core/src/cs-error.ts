import type { Problem } from '@childrensafe/content';

export type CsErrorCode = 'content-invalid' | 'content-not-found' | 'content-fetch-failed';

/** The detail of a `cs-error` event: what went wrong, for the page's developer (English). */
export interface CsErrorDetail {
  code: CsErrorCode;
  message: string;
  /** Where the content came from: "property", a URL, or a built-in id. */
  source: string;
  problems?: Problem[];
}

export type CsErrorEvent = CustomEvent<CsErrorDetail>;

// It bubbles out of shadow roots, so hosts may listen on the element or the document.
declare global {
  interface HTMLElementEventMap {
    'cs-error': CsErrorEvent;
  }
  interface DocumentEventMap {
    'cs-error': CsErrorEvent;
  }
}
