import { CsHelplineFinder } from './helpline-finder.js';

export { CsHelplineFinder };
export type { HelplineContactDetail, HelplineFinderContactDetail } from './helpline-finder-events.js';

/** @deprecated The class's name before every class took the `Cs` prefix; kept until the next minor version. */
export const HelplineFinder = CsHelplineFinder;
/** @deprecated Use `CsHelplineFinder`. */
export type HelplineFinder = CsHelplineFinder;
