export { ModuleCard } from './module-card.js';
export { availableLanguages, factsFromAttributes, factsFromModule, type CardAttributes, type CardFacts } from './module-card-model.js';
