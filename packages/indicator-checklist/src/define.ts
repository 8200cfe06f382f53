import { defineElement } from '@childrensafe/core';
import { IndicatorChecklist } from './indicator-checklist.js';

defineElement('cs-indicator-checklist', IndicatorChecklist);

export { IndicatorChecklist };
