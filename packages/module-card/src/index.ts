export { ModuleCard } from './module-card.js';
