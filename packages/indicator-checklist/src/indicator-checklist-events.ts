/** `cs-indicator-checklist-change`: the ticks changed. Nothing else ever leaves the widget. */
export interface IndicatorChecklistChangeDetail {
  /** The ticked indicator ids, in the set's order. */
  ticked: string[];
  /** The id of the level of concern shown. */
  band: string;
  score: number;
  /** The ticked strong signs that raised the level above the score's band. */
  raisedBy: string[];
}

/** @deprecated The old name of `IndicatorChecklistChangeDetail`. */
export type ChecklistChangeDetail = IndicatorChecklistChangeDetail;

interface IndicatorChecklistEvents {
  'cs-indicator-checklist-change': CustomEvent<IndicatorChecklistChangeDetail>;
  /** @deprecated Use `cs-indicator-checklist-change`; this name is fired too until the next minor version. */
  'cs-checklist-change': CustomEvent<IndicatorChecklistChangeDetail>;
}

// The events bubble out of shadow roots, so hosts may listen on the element or the document.
declare global {
  interface HTMLElementEventMap extends IndicatorChecklistEvents {}
  interface DocumentEventMap extends IndicatorChecklistEvents {}
}
