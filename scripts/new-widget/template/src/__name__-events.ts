/** `cs-__name__-change`: the reader marked it done, or not done again. */
export interface __Name__ChangeDetail {
  done: boolean;
}

interface __Name__Events {
  'cs-__name__-change': CustomEvent<__Name__ChangeDetail>;
}

// The events bubble out of shadow roots, so hosts may listen on the element or the document.
declare global {
  interface HTMLElementEventMap extends __Name__Events {}
  interface DocumentEventMap extends __Name__Events {}
}
