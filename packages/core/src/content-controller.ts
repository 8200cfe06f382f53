import type { ReactiveController } from 'lit';
import type { ContentKind, Problem } from '@childrensafe/content';
import type { CsElement } from './cs-element.js';
import type { CsErrorCode, CsErrorDetail } from './cs-error.js';

/** The three ways content reaches a widget; the first one set wins. */
export interface ContentInputs {
  /** An object given as the `content` property. */
  content?: unknown;
  /** A URL to a JSON document (`src` attribute). */
  src?: string | null;
  /** The id of a document shipped in @childrensafe/content. */
  builtin?: string | null;
}

export type ContentState<T> =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: CsErrorDetail };

class ContentError extends Error {
  constructor(
    readonly code: CsErrorCode,
    message: string,
    readonly problems?: Problem[],
  ) {
    super(message);
  }
}

/**
 * Gets a widget its content from whichever input the page used, validates it with the same
 * schema in all three cases, and turns every failure into an error state plus a `cs-error`
 * event. The kind (schema and built-in data) is imported only when first needed, so a page
 * that never uses built-in content never downloads it.
 */
export class ContentController<T> implements ReactiveController {
  state: ContentState<T> = { status: 'empty' };
  private lastInputs: ContentInputs = {};
  private request = 0;
  private abort?: AbortController;

  constructor(
    private readonly host: CsElement,
    private readonly loadKind: () => Promise<ContentKind<T>>,
    private readonly inputs: () => ContentInputs,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const next = this.inputs();
    const last = this.lastInputs;
    if (next.content === last.content && next.src === last.src && next.builtin === last.builtin) return;
    this.lastInputs = { ...next };
    void this.load(next);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    // Reconnecting must load again, whatever the inputs are then.
    this.lastInputs = {};
  }

  private async load(inputs: ContentInputs): Promise<void> {
    const request = ++this.request;
    this.abort?.abort();
    const source = describe(inputs);
    if (source === undefined) {
      this.set(request, { status: 'empty' });
      return;
    }
    this.set(request, { status: 'loading' });
    try {
      const kind = await this.loadKind();
      const raw = await this.raw(kind, inputs);
      const result = kind.parse(raw);
      if (!result.ok) {
        throw new ContentError('content-invalid', `invalid ${kind.kind} content from ${source}`, result.problems);
      }
      this.set(request, { status: 'ready', value: result.value });
    } catch (cause) {
      if (request !== this.request) return;
      const error: CsErrorDetail =
        cause instanceof ContentError
          ? { code: cause.code, message: cause.message, source, ...(cause.problems && { problems: cause.problems }) }
          : { code: 'content-fetch-failed', message: String(cause), source };
      this.set(request, { status: 'error', error });
      // The page's developer needs the details; the reader gets a short localised message.
      console.warn(`[childrensafe] ${error.message}`, error.problems ?? '');
      this.host.dispatchEvent(new CustomEvent('cs-error', { detail: error, bubbles: true, composed: true }));
    }
  }

  private async raw(kind: ContentKind<T>, inputs: ContentInputs): Promise<unknown> {
    if (inputs.content !== undefined && inputs.content !== null) return inputs.content;
    if (inputs.src) {
      this.abort = new AbortController();
      let response: Response;
      try {
        response = await fetch(inputs.src, { signal: this.abort.signal, credentials: 'same-origin' });
      } catch (cause) {
        throw new ContentError('content-fetch-failed', `could not fetch ${inputs.src}: ${String(cause)}`);
      }
      if (!response.ok) {
        const code = response.status === 404 ? 'content-not-found' : 'content-fetch-failed';
        throw new ContentError(code, `could not fetch ${inputs.src}: HTTP ${response.status}`);
      }
      try {
        return await response.json();
      } catch {
        throw new ContentError('content-invalid', `${inputs.src} is not valid JSON`);
      }
    }
    const id = inputs.builtin ?? '';
    if (!kind.builtinIds.includes(id)) {
      throw new ContentError(
        'content-not-found',
        `no built-in ${kind.kind} "${id}"; built-in ones are: ${kind.builtinIds.join(', ')}`,
      );
    }
    return kind.loadBuiltin(id);
  }

  private set(request: number, state: ContentState<T>): void {
    if (request !== this.request) return; // a newer load has started: this answer is stale
    this.state = state;
    this.host.requestUpdate();
  }
}

function describe(inputs: ContentInputs): string | undefined {
  if (inputs.content !== undefined && inputs.content !== null) return 'property';
  if (inputs.src) return inputs.src;
  if (inputs.builtin) return inputs.builtin;
  return undefined;
}
