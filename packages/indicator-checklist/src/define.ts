import { defineElement } from '@childrensafe/core';
import { CsIndicatorChecklist } from './indicator-checklist.js';

defineElement('cs-indicator-checklist', CsIndicatorChecklist);

export { CsIndicatorChecklist };
