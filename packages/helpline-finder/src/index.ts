export { HelplineFinder } from './helpline-finder.js';
export type { HelplineContactDetail, HelplineFinderContactDetail } from './helpline-finder-events.js';
