import { LitElement } from 'lit';
import { followDocumentLanguage, getLocale, onLocaleChange, translationsReady } from './locale-runtime.js';
import { localeDirection, type Locale } from './locales.js';
import { registerSizeUnit } from './size-unit.js';

/**
 * The base of every ChildrenSafe element: it renders in the page's language, re-renders when
 * the language changes, and reports what happened through bubbling, composed events.
 *
 * Nothing here touches the DOM before `connectedCallback`, so subclasses render on the server.
 */
export class CsElement extends LitElement {
  static {
    registerSizeUnit();
  }

  private stopFollowingLocale?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopFollowingLocale = onLocaleChange(() => this.requestUpdate());
    followDocumentLanguage(this.ownerDocument);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowingLocale?.();
  }

  // Rendering waits for the locale's strings (a few ms, once per language change).
  protected override async scheduleUpdate(): Promise<void> {
    await translationsReady();
    super.scheduleUpdate();
  }

  /** The locale this element renders in now. */
  protected get locale(): Locale {
    return getLocale();
  }

  /** Text direction of the locale, for the root of the shadow tree. */
  protected get direction(): 'ltr' | 'rtl' {
    return localeDirection(this.locale);
  }

  /**
   * Dispatches a `cs-<widget>-<verb>` event the way every widget does: bubbling, composed,
   * typed by name. `deprecatedName`, the event's name before it followed that rule, is fired
   * too with the same detail, for one minor version, so that pages have time to move.
   */
  protected emit<K extends keyof HTMLElementEventMap>(
    type: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
    deprecatedName?: keyof HTMLElementEventMap,
  ): boolean {
    const sent = this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    if (deprecatedName) this.dispatchEvent(new CustomEvent(deprecatedName, { detail, bubbles: true, composed: true }));
    return sent;
  }
}
