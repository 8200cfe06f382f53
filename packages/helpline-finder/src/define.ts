import { defineElement } from '@childrensafe/core';
import { HelplineFinder } from './helpline-finder.js';

defineElement('cs-helpline-finder', HelplineFinder);

export { HelplineFinder };
