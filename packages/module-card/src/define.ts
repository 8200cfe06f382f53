import { defineElement } from '@childrensafe/core';
import { ModuleCard } from './module-card.js';

defineElement('cs-module-card', ModuleCard);

export { ModuleCard };
