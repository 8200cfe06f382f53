import { defineElement } from '@childrensafe/core';
import { CsQuickExit } from './quick-exit.js';
import { CsSafetyInfo } from './safety-info.js';

defineElement('cs-quick-exit', CsQuickExit);
defineElement('cs-safety-info', CsSafetyInfo);

export { CsQuickExit, CsSafetyInfo };
