export { QuickExit, type QuickExitPosition } from './quick-exit.js';
export { SafetyInfo } from './safety-info.js';
export type { QuickExitDetail, QuickExitLeaveDetail } from './quick-exit-events.js';
