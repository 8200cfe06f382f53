import { defineElement } from '@childrensafe/core';
import { CsHelplineFinder } from './helpline-finder.js';

defineElement('cs-helpline-finder', CsHelplineFinder);

export { CsHelplineFinder };
