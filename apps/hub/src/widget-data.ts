/**
 * The content documents a page's widgets render with. The server renders each widget from its
 * document; for a widget that is hydrated (`data-hydrate`), the same document travels in the
 * page (a JSON script, never executed) so that the client hydrates it with what the server
 * used, in the page's language only.
 */
import type { ContentLanguage } from '@childrensafe/content/vocabulary';

/** The kinds a hub page may show, by name, with the loader of their built-in documents. */
export interface KindLoader {
  loadBuiltin(id: string, language: ContentLanguage): Promise<unknown>;
  parse(input: unknown): { ok: true; value: unknown } | { ok: false; problems: { message: string }[] };
}

export class PageData {
  private readonly documents = new Map<string, unknown>();

  constructor(private readonly loaded: ReadonlyMap<string, unknown>) {}

  /** The key a widget names its document by (`data-content`), recorded for the page's JSON. */
  key(kind: string, id: string): string {
    const key = `${kind}:${id}`;
    this.documents.set(key, this.get(kind, id));
    return key;
  }

  /** The validated document, as loaded for the page's language. */
  get(kind: string, id: string): unknown {
    const value = this.loaded.get(`${kind}:${id}`);
    if (value === undefined) throw new Error(`${kind} "${id}" was not loaded for this page`);
    return value;
  }

  /** What the page's widgets use, for the JSON script; undefined on a page without widgets' content. */
  json(): Record<string, unknown> | undefined {
    return this.documents.size ? Object.fromEntries(this.documents) : undefined;
  }
}

/** Loads and validates each built-in document once per language; a problem stops the build. */
export async function loadDocuments(
  kinds: Record<string, KindLoader>,
  wanted: readonly [string, string][],
  language: ContentLanguage,
): Promise<Map<string, unknown>> {
  const loaded = new Map<string, unknown>();
  for (const [kind, id] of wanted) {
    const loader = kinds[kind];
    if (!loader) throw new Error(`no kind "${kind}"`);
    const document = await loader.loadBuiltin(id, language);
    const result = loader.parse(document);
    if (!result.ok) throw new Error(`${kind} "${id}" (${language}): ${result.problems.map((p) => p.message).join('; ')}`);
    // The parsed value, defaults filled in: in the browser the widget takes it as it is (the
    // build validated it), so it must be exactly what the schema gives the server's widget.
    loaded.set(`${kind}:${id}`, result.value);
  }
  return loaded;
}
