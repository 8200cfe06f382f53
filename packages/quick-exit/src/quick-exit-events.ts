/** `cs-quick-exit-leave`: fired just before the page is left, for hosts to clear their own state. */
export interface QuickExitLeaveDetail {
  destination: string;
  /** How the user asked: the button, or the keyboard shortcut. */
  trigger: 'button' | 'shortcut';
}

/** @deprecated The old name of `QuickExitLeaveDetail`. */
export type QuickExitDetail = QuickExitLeaveDetail;

interface QuickExitEvents {
  'cs-quick-exit-leave': CustomEvent<QuickExitLeaveDetail>;
  /** @deprecated Use `cs-quick-exit-leave`; this name is fired too until the next minor version. */
  'cs-quick-exit': CustomEvent<QuickExitLeaveDetail>;
}

// The events bubble out of shadow roots, so hosts may listen on the element or the document.
declare global {
  interface HTMLElementEventMap extends QuickExitEvents {}
  interface DocumentEventMap extends QuickExitEvents {}
}
