import { CsQuickExit } from './quick-exit.js';
import { CsSafetyInfo } from './safety-info.js';

export { CsQuickExit, CsSafetyInfo };
export type { QuickExitPosition } from './quick-exit.js';
export type { QuickExitDetail, QuickExitLeaveDetail } from './quick-exit-events.js';

/** @deprecated The class's name before every class took the `Cs` prefix; kept until the next minor version. */
export const QuickExit = CsQuickExit;
/** @deprecated Use `CsQuickExit`. */
export type QuickExit = CsQuickExit;
/** @deprecated The class's name before every class took the `Cs` prefix; kept until the next minor version. */
export const SafetyInfo = CsSafetyInfo;
/** @deprecated Use `CsSafetyInfo`. */
export type SafetyInfo = CsSafetyInfo;
