export { IndicatorChecklist, type ChecklistChangeDetail } from './indicator-checklist.js';
export { concernBand, concernScore, indicators, orderedTicks, summaryText, tickedIn, type SummaryWords } from './checklist-model.js';
