import type { ContentKind, ContentLanguage, Problem } from '@childrensafe/content';
import type { ContentInputs } from './content-controller.js';
import type { ContentErrorCode, ContentErrorDetail } from './cs-error.js';

export { renderContentError } from './content-error-message.js';

export type LoadOutcome<T> = { ok: true; value: T } | { ok: false; error: ContentErrorDetail };

class ContentError extends Error {
  constructor(
    readonly code: ContentErrorCode,
    message: string,
    readonly problems?: Problem[],
  ) {
    super(message);
  }
}

/**
 * Gets content from whichever input the page used and validates it with the kind's schema,
 * the same way for all three. Never throws: every failure becomes an error the widget shows.
 * Loaded on first use only, so a widget with slotted content never downloads it.
 */
export async function loadContent<T>(
  loadKind: () => Promise<ContentKind<T>>,
  inputs: ContentInputs & { language?: ContentLanguage },
  source: string,
  signal: AbortSignal,
): Promise<LoadOutcome<T>> {
  try {
    const kind = await loadKind();
    // A page's object is never awaited: awaiting reads its `then`, which may throw (a Proxy).
    const result = kind.parse(inputs.content != null ? inputs.content : await raw(kind, inputs, signal));
    if (!result.ok) throw new ContentError('content-invalid', `invalid ${kind.kind} content from ${source}`, result.problems);
    return { ok: true, value: result.value };
  } catch (cause) {
    const error: ContentErrorDetail =
      cause instanceof ContentError
        ? { code: cause.code, message: cause.message, source, ...(cause.problems && { problems: cause.problems }) }
        : { code: 'content-fetch-failed', message: String(cause), source };
    // The page's developer needs the details; the reader gets a short localised message.
    console.warn(`[childrensafe] ${error.message}`, error.problems ?? '');
    return { ok: false, error };
  }
}

/** The error of a widget given nothing to show: no built-in id, no `src`, no object as `content`. */
export function noContent(tag: string, content: unknown): ContentErrorDetail {
  const given = content == null ? '' : `; its content property is a ${typeof content}, not an object`;
  const message = `<${tag}> has no content${given}: give it a built-in id, a src URL or a content object`;
  console.warn(`[childrensafe] ${message}`);
  return { code: 'no-content', message, source: 'none' };
}

/** The document from a URL or a built-in id. */
async function raw<T>(kind: ContentKind<T>, inputs: ContentInputs & { language?: ContentLanguage }, signal: AbortSignal): Promise<unknown> {
  if (inputs.src) {
    let response: Response;
    try {
      response = await fetch(inputs.src, { signal, credentials: 'same-origin' });
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
    throw new ContentError('content-not-found', `no built-in ${kind.kind} "${id}"; built-in ones are: ${kind.builtinIds.join(', ')}`);
  }
  return kind.loadBuiltin(id, inputs.language, inputs.parts);
}
