import { CsModuleCard } from './module-card.js';

export { CsModuleCard };

/** @deprecated The class's name before every class took the `Cs` prefix; kept until the next minor version. */
export const ModuleCard = CsModuleCard;
/** @deprecated Use `CsModuleCard`. */
export type ModuleCard = CsModuleCard;
