import type { Problem } from '@childrensafe/content';

/**
 * `content-*` and `no-content`: the content could not be used, or none was given.
 * `unknown-country`: a `country` attribute that is not an ISO 3166-1 alpha-2 code (the helpline
 * finder, the indicator checklist). `unsafe-url`: a link target the core link rule refused.
 */
export type ContentErrorCode = 'content-invalid' | 'content-not-found' | 'content-fetch-failed' | 'no-content';
export type CsErrorCode = ContentErrorCode | 'unknown-country' | 'unsafe-url';

/** The detail of a `cs-error` event: what went wrong, for the page's developer (English). */
export interface CsErrorDetail {
  code: CsErrorCode;
  message: string;
  /** Where the content came from: "property", a URL, or a built-in id; or the attribute at fault. */
  source: string;
  problems?: Problem[];
}

/** The errors a content load ends in. */
export interface ContentErrorDetail extends CsErrorDetail {
  code: ContentErrorCode;
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

/** Fires `cs-error` from a widget: bubbling and composed, so it leaves the shadow roots around it. */
export function dispatchCsError(host: HTMLElement, detail: CsErrorDetail): void {
  host.dispatchEvent(new CustomEvent('cs-error', { detail, bubbles: true, composed: true }));
}
