import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { LocalizedText } from '@childrensafe/content';
import { CsElement } from './cs-element.js';
import type { ContentController } from './content-controller.js';
import { msg } from './localize.js';
import { pickText } from './localized-text.js';
// Rich text is not here: its parser would weigh on every widget, and the card and the finder show none.
import { renderLocalizedText } from './localized-text-template.js';

/** How a content widget's box is drawn. */
export interface FrameOptions {
  /** The box's part name and class: `quiz`, `checklist`… */
  part: string;
  /** A card is an `<article>`; every other widget a `<section>` panel. */
  article?: boolean;
  /** What the polite live region says now. A widget that never announces leaves it out and gets no region. */
  announcement?: string;
  /** Shown above the body whatever the state (a title that does not come from the content). */
  header?: unknown;
}

/**
 * The base of every widget that shows a content document (a module, a quiz, an indicator set,
 * a helpline directory): it loads the document through its `source` and draws the box every
 * such widget shares, in the reader's language and direction, busy while loading, with the
 * localised error in place of content it could not use.
 */
export abstract class ContentElement<T> extends CsElement {
  /** Where the document comes from: a `ContentController` the widget creates with its inputs. */
  protected abstract readonly source: ContentController<T>;

  /** The document, once loaded and valid. */
  protected get loaded(): T | undefined {
    const state = this.source.state;
    return state.status === 'ready' ? state.value : undefined;
  }

  // willUpdate runs on the server too, so a server render starts the load (controllers' hostUpdate does not run there).
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.source.update();
  }

  /**
   * The widget's box around `body` (called with the document once it is ready). While
   * loading, a hidden "Loading…" for screen readers; on error, the localised message;
   * `empty` for a widget that has another way to get its text (the card's slots).
   */
  protected renderFrame(options: FrameOptions, body: (document: T) => unknown, empty?: () => unknown): TemplateResult {
    const state = this.source.state;
    const content =
      state.status === 'error'
        ? this.source.renderError()
        : state.status === 'ready'
          ? body(state.value)
          : state.status === 'empty' && empty
            ? empty()
            : html`<p class="visually-hidden">${msg('Loading…', { id: 'core.loading', desc: 'Read by screen readers while a widget loads its content.' })}</p>`;
    const busy = state.status === 'loading' ? 'true' : nothing;
    // The live region gets `nothing`, never '': after hydration an empty text binding has no text
    // node, and Lit would write the next announcement into its marker comment (lit/lit#4937).
    const live =
      options.announcement === undefined
        ? nothing
        : html`<div class="visually-hidden" role="status" aria-live="polite">${options.announcement || nothing}</div>`;
    const inside = html`${options.header ?? nothing}${content}${live}`;
    return options.article
      ? html`<article part=${options.part} class=${options.part} lang=${this.locale} dir=${this.direction} aria-busy=${busy}>${inside}</article>`
      : html`<section part=${options.part} class="${options.part} panel" lang=${this.locale} dir=${this.direction} aria-busy=${busy}>${inside}</section>`;
  }

  /** A content text in the reader's language (English when it has none), as a plain string. */
  protected localizedString(value: LocalizedText): string {
    return pickText(value, this.locale).text;
  }

  /** A content text, marked `lang="en"` when it falls back to English. */
  protected renderLocalizedText(value: LocalizedText): TemplateResult | string {
    return renderLocalizedText(value, this.locale);
  }
}
