import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CsElement, HostHref, baseStyles, clearStoredData, msg, plural, registerTranslations, str, type Locale } from '@childrensafe/core';
import { translations } from './generated/translations.js';
import { EXIT_SCHEMES, ExitShortcut, exitDestination, isTypingTarget, type ShortcutAnswer } from './quick-exit-model.js';
import { quickExitStyles } from './quick-exit.styles.js';

export type QuickExitPosition = 'bottom-end' | 'bottom-start' | 'top-end' | 'top-start' | 'inline';

import type { QuickExitLeaveDetail } from './quick-exit-events.js';
import './quick-exit-events.js';

declare global {
  interface HTMLElementTagNameMap {
    'cs-quick-exit': CsQuickExit;
  }
}

/**
 * "Exit this page": leaves the page at once for a neutral site, for a reader who must hide
 * what they are reading. The page is covered and its title blanked first, everything the
 * library stored is removed, then the current history entry is replaced, so Back does not
 * return here (and if the browser restores the page from its cache, it shows it uncovered).
 *
 * Keyboard: Shift pressed three times (never while typing in a field), and Escape twice when
 * the page sets `escape`. Put a plain link to the destination inside the element: it is what
 * readers get before (or without) JavaScript; once the element runs, its own button replaces it.
 *
 * @tag cs-quick-exit
 * @fires cs-quick-exit-leave - Just before leaving: `{ destination, trigger }`.
 * @fires cs-quick-exit - Deprecated: the old name of `cs-quick-exit-leave`, fired too until the next minor version.
 * @fires cs-error - `href` was refused by the link rule (code `unsafe-url`); the exit then leads to the default site.
 * @csspart button - The exit button.
 * @csspart hint - The line that names the keyboard shortcut.
 * @csspart cover - What covers the page while it is left.
 */
export class CsQuickExit extends CsElement {
  static override styles = [baseStyles, quickExitStyles];

  static override properties: PropertyDeclarations = {
    href: { type: String, reflect: true },
    position: { type: String, reflect: true },
    escape: { type: Boolean, reflect: true },
    noShortcut: { type: Boolean, attribute: 'no-shortcut', reflect: true },
  };

  static {
    registerTranslations(translations);
  }

  /** The neutral site to leave to (http or https). Default: https://www.wikipedia.org/ */
  declare href: string | null;
  /** Where the button sits: `bottom-end` (default), `bottom-start`, `top-end`, `top-start`, or `inline` in the flow. */
  declare position: QuickExitPosition;
  /** Also exit on Escape pressed twice. */
  declare escape: boolean;
  /** Turn the keyboard shortcut off. */
  declare noShortcut: boolean;

  /** The page's `href` through the link rule; a refused one is reported, and the exit leads to the default. */
  private readonly destination = new HostHref(this, 'href', () => this.href, { schemes: EXIT_SCHEMES });

  private leaving = false;
  private announcement = '';
  private shortcut?: ExitShortcut;
  private savedTitle = '';

  constructor() {
    super();
    this.href = null;
    this.position = 'bottom-end';
    this.escape = false;
    this.noShortcut = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey, true);
    window.addEventListener('keyup', this.onKey, true);
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey, true);
    window.removeEventListener('keyup', this.onKey, true);
    window.removeEventListener('pageshow', this.onPageShow);
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('escape') || !this.shortcut) this.shortcut = new ExitShortcut({ escape: this.escape });
  }

  /** Leaves the page now. */
  exit(trigger: QuickExitLeaveDetail['trigger'] = 'button'): void {
    if (this.leaving) return;
    const destination = exitDestination(this.destination.value, document.baseURI);
    // Cover first: whatever follows, the page must not stay on screen.
    this.leaving = true;
    this.savedTitle = document.title;
    document.title = '';
    this.renderRoot.querySelector('[part="cover"]')?.removeAttribute('hidden');
    this.requestUpdate();
    clearStoredData();
    this.emit('cs-quick-exit-leave', { destination, trigger }, 'cs-quick-exit');
    leave(destination);
  }

  private readonly onClick = (event: Event) => {
    event.preventDefault();
    this.exit('button');
  };

  private readonly onKey = (event: KeyboardEvent) => {
    if (this.noShortcut || !this.shortcut) return;
    const answer = this.shortcut.handle({
      key: event.key,
      down: event.type === 'keydown',
      repeat: event.repeat,
      inField: isTypingTarget(event.composedPath()[0] ?? event.target),
    });
    this.react(answer);
  };

  private react(answer: ShortcutAnswer): void {
    if (answer.type === 'exit') {
      this.exit('shortcut');
    } else if (answer.type === 'progress') {
      this.announcement = progressText(answer.key, answer.remaining, this.locale);
      this.requestUpdate();
    } else if (answer.type === 'reset' && this.announcement) {
      this.announcement = '';
      this.requestUpdate();
    }
  }

  // Back/forward cache: a page restored after leaving must show itself again, not the cover.
  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted || !this.leaving) return;
    this.leaving = false;
    this.announcement = '';
    document.title = this.savedTitle;
    this.requestUpdate();
  };

  protected override render(): TemplateResult {
    const destination = exitDestination(this.destination.value, globalThis.document?.baseURI);
    // `nothing`, not '', while silent: the server renders an empty string as no text node at all,
    // and after hydration Lit would then write the first announcement into the part's closing
    // comment marker, where no screen reader hears it.
    const announcement = this.announcement || nothing;
    const label = msg('Exit this page', {
      id: 'quick-exit.label',
      desc: 'Button that leaves the page at once, for someone who must hide what they are reading.',
    });
    return html`<div class="wrap" data-position=${this.position} lang=${this.locale} dir=${this.direction}>
        <a part="button" class="button" href=${destination} rel="noreferrer" @click=${this.onClick}>${label}</a>
        ${
          this.noShortcut
            ? nothing
            : html`<p part="hint" class="hint">
              ${
                this.escape
                  ? msg('Or press Shift 3 times, or Escape twice.', { id: 'quick-exit.hint.escape' })
                  : msg('Or press Shift 3 times.', { id: 'quick-exit.hint' })
              }
            </p>`
        }
        <div class="visually-hidden" role="status" aria-live="assertive">${announcement}</div>
      </div>
      <div part="cover" class="cover" ?hidden=${!this.leaving}></div>`;
  }
}

function progressText(key: 'Shift' | 'Escape', remaining: number, locale: Locale): string {
  return key === 'Shift'
    ? plural(
        remaining,
        {
          one: () => msg(str`Shift, press ${remaining} more time to exit.`, { id: 'quick-exit.progress.shift.one' }),
          other: () => msg(str`Shift, press ${remaining} more times to exit.`, { id: 'quick-exit.progress.shift.other' }),
        },
        locale,
      )
    : plural(
        remaining,
        {
          one: () => msg(str`Escape, press ${remaining} more time to exit.`, { id: 'quick-exit.progress.escape.one' }),
          other: () => msg(str`Escape, press ${remaining} more times to exit.`, { id: 'quick-exit.progress.escape.other' }),
        },
        locale,
      );
}

/**
 * Replaces the current history entry with the destination, from the top window when the
 * widget sits in a frame that may navigate it, else from its own window.
 */
function leave(destination: string): void {
  try {
    window.top!.location.replace(destination);
  } catch {
    window.location.replace(destination);
  }
}
