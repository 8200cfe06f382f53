export { QuickExit, type QuickExitDetail, type QuickExitPosition } from './quick-exit.js';
export { SafetyInfo } from './safety-info.js';
export { ExitShortcut, exitDestination, isTypingTarget, DEFAULT_DESTINATION, type ShortcutAnswer, type ShortcutKey, type ShortcutOptions } from './exit-shortcut.js';
