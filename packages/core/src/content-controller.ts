import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { ContentKind, ContentLanguage } from '@childrensafe/content';
import type { CsElement } from './cs-element.js';
import { dispatchCsError, type ContentErrorDetail } from './cs-error.js';
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
  /** For a built-in document shipped in parts (a helpline directory's countries): the parts to load. */
  parts?: readonly string[];
  /** Whether the page gave the content as slotted elements instead (the module card): then none of the above is needed. */
  slotted?: () => boolean;
}

/** What a load depends on: the inputs, and for built-in documents the language to fetch. */
interface LoadKey extends ContentInputs {
  language?: ContentLanguage;
}

export type ContentState<T> = { status: 'empty' } | { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: ContentErrorDetail };

type Loader = typeof import('./content-loader.js');

/**
 * Kinds already at hand, by name. A server provides the kinds it renders with
 * (`provideContentKind`) so that content given as a property renders in the first pass; in
 * the browser a kind is kept once loaded, so a second widget of that kind renders at once.
 */
const kinds = new Map<string, ContentKind<unknown>>();

export function provideContentKind(kind: ContentKind<unknown>): void {
  kinds.set(kind.kind, kind);
}

/**
 * Gives a widget its content from whichever input the page used, validated by the same schema
 * in all three cases, and turns every failure into an error state plus a `cs-error` event.
 * The loading code, the schema and the built-in data are imported on first use, so a widget
 * whose content is slotted downloads none of them.
 */
export class ContentController<T> implements ReactiveController {
  state: ContentState<T> = { status: 'empty' };
  /**
   * True while a load is under way, including one that replaces ready content without a
   * loading state (a new language or part): what the widget shows is about to change.
   */
  pending = false;
  private lastInputs: LoadKey = {};
  private request = 0;
  private abort?: AbortController;
  private loader?: Loader;

  constructor(
    private readonly host: CsElement,
    /** The kind's name (`quiz`, `module`…), to find it among the kinds at hand. */
    private readonly kindName: string,
    private readonly loadKind: () => Promise<ContentKind<T>>,
    private readonly inputs: () => ContentInputs,
  ) {
    host.addController(this);
  }

  /**
   * Starts loading when the inputs changed. Call from the element's `willUpdate`, which runs
   * on the server too (unlike controllers' `hostUpdate`).
   */
  update(): void {
    const given = this.inputs();
    // Only an object can be a document: null, a number or a string is no content at all.
    const inputs = { ...given, content: typeof given.content === 'object' && given.content !== null ? given.content : undefined };
    const locale = getLocale();
    // Built-in documents are shipped per language, so a language change loads the new one.
    const builtin = inputs.content == null && !inputs.src && inputs.builtin;
    const next: LoadKey = { ...inputs, ...(builtin && { language: isContentLocale(locale) ? locale : 'en' }) };
    const last = this.lastInputs;
    if (
      next.content === last.content &&
      next.src === last.src &&
      next.builtin === last.builtin &&
      next.language === last.language &&
      String(builtin && next.parts) === String(builtin && last.parts)
    )
      return;
    this.lastInputs = next;
    if (!this.settleNow(next)) void this.load(next);
  }

  /** Content given as an object, of a kind at hand, is validated at once: no loading state. */
  private settleNow(inputs: LoadKey): boolean {
    const kind = kinds.get(this.kindName) as ContentKind<T> | undefined;
    if (inputs.content == null || !kind) return false;
    const result = kind.parse(inputs.content);
    // Invalid content takes the usual path, which builds the error message and event.
    if (!result.ok) return false;
    this.request++;
    this.abort?.abort();
    this.state = { status: 'ready', value: result.value };
    this.pending = false;
    return true;
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
      // A server render has no page to tell; in the browser, the page's children are looked at
      // once it has had a moment to give them.
      if (!this.host.isConnected) return;
      this.loader ??= await import('./content-loader.js');
      if (!inputs.slotted?.()) this.fail(request, this.loader.noContent(this.host.localName, this.inputs().content));
      return;
    }
    this.pending = true;
    // A new language or part of the same document replaces the old one without a loading flash.
    if (this.state.status !== 'ready' || !inputs.language) this.set(request, { status: 'loading' });
    this.abort = new AbortController();
    this.loader ??= await import('./content-loader.js');
    const loadKind = async () => {
      const kind = await this.loadKind();
      provideContentKind(kind as ContentKind<unknown>);
      return kind;
    };
    const outcome = await this.loader.loadContent(loadKind, inputs, source, this.abort.signal);
    if (outcome.ok) this.set(request, { status: 'ready', value: outcome.value });
    else this.fail(request, outcome.error);
  }

  /** Shows an error and reports it, unless a newer load has started since. */
  private fail(request: number, error: ContentErrorDetail): void {
    if (this.set(request, { status: 'error', error })) dispatchCsError(this.host, error);
  }

  /** Applies a state unless a newer load has started since; says whether it applied. */
  private set(request: number, state: ContentState<T>): boolean {
    if (request !== this.request) return false;
    this.state = state;
    this.pending = state.status === 'loading';
    this.host.requestUpdate();
    return true;
  }
}
