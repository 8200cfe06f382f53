import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { ContentKind, ContentLanguage } from '@childrensafe/content';
import type { CsElement } from './cs-element.js';
import type { CsErrorDetail } from './cs-error.js';
import { getLocale } from './locale-runtime.js';
import { isContentLocale } from './locales.js';

/** The three ways content reaches a widget; the first one set wins. */
export interface ContentInputs {
  /** An object given as the `content` property. */
  content?: unknown;
  /** A URL to a JSON document (`src` attribute). */
  src?: string | null;
  /** The id of a document shipped in @childrensafe/content. */
  builtin?: string | null;
}

/** What a load depends on: the inputs, and for built-in documents the language to fetch. */
interface LoadKey extends ContentInputs {
  language?: ContentLanguage;
}

export type ContentState<T> =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: CsErrorDetail };

type Loader = typeof import('./content-loader.js');

/**
 * Gives a widget its content from whichever input the page used, validated by the same schema
 * in all three cases, and turns every failure into an error state plus a `cs-error` event.
 * The loading code, the schema and the built-in data are imported on first use, so a widget
 * whose content is slotted downloads none of them.
 */
export class ContentController<T> implements ReactiveController {
  state: ContentState<T> = { status: 'empty' };
  private lastInputs: LoadKey = {};
  private request = 0;
  private abort?: AbortController;
  private loader?: Loader;

  constructor(
    private readonly host: CsElement,
    private readonly loadKind: () => Promise<ContentKind<T>>,
    private readonly inputs: () => ContentInputs,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const inputs = this.inputs();
    const locale = getLocale();
    // Built-in documents are shipped per language, so a language change loads the new one.
    const builtin = inputs.content == null && !inputs.src && inputs.builtin;
    const next: LoadKey = { ...inputs, ...(builtin && { language: isContentLocale(locale) ? locale : 'en' }) };
    const last = this.lastInputs;
    if (next.content === last.content && next.src === last.src && next.builtin === last.builtin && next.language === last.language) return;
    this.lastInputs = next;
    void this.load(next);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    // Reconnecting must load again, whatever the inputs are then.
    this.lastInputs = {};
  }

  /** The localised message for the error state, in the current locale. */
  renderError(): TemplateResult | typeof nothing {
    return this.state.status === 'error' && this.loader ? this.loader.renderContentError(this.state.error) : nothing;
  }

  private async load(inputs: LoadKey): Promise<void> {
    const request = ++this.request;
    this.abort?.abort();
    const source = inputs.content != null ? 'property' : inputs.src || inputs.builtin;
    if (!source) {
      this.set(request, { status: 'empty' });
      return;
    }
    // A new language of the same document replaces the old one without a loading flash.
    if (this.state.status !== 'ready' || !inputs.language) this.set(request, { status: 'loading' });
    this.abort = new AbortController();
    this.loader ??= await import('./content-loader.js');
    const outcome = await this.loader.loadContent(this.loadKind, inputs, source, this.abort.signal);
    if (outcome.ok) {
      this.set(request, { status: 'ready', value: outcome.value });
    } else if (this.set(request, { status: 'error', error: outcome.error })) {
      this.host.dispatchEvent(new CustomEvent('cs-error', { detail: outcome.error, bubbles: true, composed: true }));
    }
  }

  /** Applies a state unless a newer load has started since; says whether it applied. */
  private set(request: number, state: ContentState<T>): boolean {
    if (request !== this.request) return false;
    this.state = state;
    this.host.requestUpdate();
    return true;
  }
}
