import { CsIndicatorChecklist } from './indicator-checklist.js';

export { CsIndicatorChecklist };
export type { ChecklistChangeDetail, IndicatorChecklistChangeDetail } from './indicator-checklist-events.js';

/** @deprecated The class's name before every class took the `Cs` prefix; kept until the next minor version. */
export const IndicatorChecklist = CsIndicatorChecklist;
/** @deprecated Use `CsIndicatorChecklist`. */
export type IndicatorChecklist = CsIndicatorChecklist;
