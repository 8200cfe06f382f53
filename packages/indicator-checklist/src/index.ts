export { IndicatorChecklist } from './indicator-checklist.js';
export type { ChecklistChangeDetail, IndicatorChecklistChangeDetail } from './indicator-checklist-events.js';
