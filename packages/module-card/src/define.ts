import { defineElement } from '@childrensafe/core';
import { CsModuleCard } from './module-card.js';

defineElement('cs-module-card', CsModuleCard);

export { CsModuleCard };
