/**
 * Recognises the quick exit's keyboard shortcut: Shift pressed on its own three times within a
 * short window (as GOV.UK's "Exit this page"), and optionally Escape twice. Pure: the element
 * feeds it key events and a clock, and acts on what it answers.
 */
import { linkScheme, safeHref } from '@childrensafe/core';

export interface ShortcutKey {
  /** `KeyboardEvent.key` */
  key: string;
  /** True for `keydown`, false for `keyup`. */
  down: boolean;
  /** The auto-repeat of a held key. */
  repeat?: boolean;
  /** The user is typing in a field (input, textarea, select, contenteditable): never exit. */
  inField?: boolean;
}

export type ShortcutAnswer =
  /** Nothing to do. */
  | { type: 'none' }
  /** A press counted: tell the user how many more exit the page. */
  | { type: 'progress'; remaining: number; key: 'Shift' | 'Escape' }
  /** A sequence under way was broken (another key, too slow): say nothing more. */
  | { type: 'reset' }
  | { type: 'exit' };

export interface ShortcutOptions {
  /** Shift presses that exit (default 3). */
  presses?: number;
  /** Escape presses that exit, when Escape is enabled (default 2). */
  escapePresses?: number;
  /** Whether Escape pressed `escapePresses` times exits too (default false: Escape often closes dialogs). */
  escape?: boolean;
  /** All presses of a sequence must fall within this many milliseconds of the first (default 5000). */
  windowMs?: number;
}

export class ExitShortcut {
  private readonly presses: number;
  private readonly escapePresses: number;
  private readonly escape: boolean;
  private readonly windowMs: number;
  private key: 'Shift' | 'Escape' | undefined;
  private count = 0;
  private startedAt = 0;
  /** Shift is down and no other key was pressed with it (yet). */
  private shiftAlone = false;

  constructor(
    options: ShortcutOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.presses = options.presses ?? 3;
    this.escapePresses = options.escapePresses ?? 2;
    this.escape = options.escape ?? false;
    this.windowMs = options.windowMs ?? 5000;
  }

  handle(event: ShortcutKey): ShortcutAnswer {
    if (event.inField) return this.reset();
    if (event.repeat) return { type: 'none' };
    if (event.key === 'Shift') {
      // A Shift counts when it is released without another key pressed while it was down.
      if (event.down) {
        this.shiftAlone = true;
        return { type: 'none' };
      }
      if (!this.shiftAlone) return { type: 'none' };
      this.shiftAlone = false;
      return this.count_('Shift', this.presses);
    }
    if (!event.down) return { type: 'none' };
    this.shiftAlone = false;
    if (event.key === 'Escape' && this.escape) return this.count_('Escape', this.escapePresses);
    return this.reset();
  }

  private count_(key: 'Shift' | 'Escape', needed: number): ShortcutAnswer {
    const now = this.now();
    if (this.key !== key || now - this.startedAt > this.windowMs) {
      this.key = key;
      this.count = 0;
      this.startedAt = now;
    }
    this.count++;
    if (this.count >= needed) {
      this.clear();
      return { type: 'exit' };
    }
    return { type: 'progress', remaining: needed - this.count, key };
  }

  private reset(): ShortcutAnswer {
    const wasCounting = this.count > 0;
    this.clear();
    return wasCounting ? { type: 'reset' } : { type: 'none' };
  }

  private clear(): void {
    this.key = undefined;
    this.count = 0;
    this.shiftAlone = false;
  }
}

/** Whether a key event comes from somewhere the user types text. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as (HTMLElement & { isContentEditable?: boolean }) | null;
  if (!el || typeof el.closest !== 'function') return false;
  if (el.isContentEditable) return true;
  const tag = el.localName;
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
}

/** Where to go when the page sets nothing, or something unusable: a neutral site. */
export const DEFAULT_DESTINATION = 'https://www.wikipedia.org/';

/** A destination is a web page: the core link rule, without mailto: and tel:. */
export const EXIT_SCHEMES: ReadonlySet<string> = new Set(['https:', 'http:']);

/**
 * The destination to leave to: the page's choice when the link rule lets it lead to a web page,
 * else the default. Relative to `base` when given; without one (server rendering) a relative
 * URL is kept as written, for the browser to resolve.
 */
export function exitDestination(href: string | null | undefined, base?: string): string {
  const safe = safeHref(href, { schemes: EXIT_SCHEMES });
  if (safe === null) return DEFAULT_DESTINATION;
  if (base === undefined && linkScheme(safe) === 'relative') return safe;
  try {
    return new URL(safe, base).href;
  } catch {
    // A base that takes no relative URL (about:blank).
    return DEFAULT_DESTINATION;
  }
}
