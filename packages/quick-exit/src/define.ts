import { defineElement } from '@childrensafe/core';
import { QuickExit } from './quick-exit.js';
import { SafetyInfo } from './safety-info.js';

defineElement('cs-quick-exit', QuickExit);
defineElement('cs-safety-info', SafetyInfo);

export { QuickExit, SafetyInfo };
