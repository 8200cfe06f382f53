import * as v from 'valibot';
import type { ContentLanguage } from './vocabulary.js';

/** One thing wrong with a document: where, what was expected, and what was found. */
export interface Problem {
  /** JSON path such as `units[3].title.en`; empty for the document itself. */
  path: string;
  expected: string;
  found: string;
  /** One line for people: "expected at least 2 options, found 1". */
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** A kind of content (module, quiz…): how to validate it and how to load the built-in documents. */
export interface ContentKind<T> {
  kind: string;
  parse(input: unknown): ParseResult<T>;
  builtinIds: readonly string[];
  /** The parts a built-in document is shipped in (a helpline directory's countries); none when it comes whole. */
  builtinParts(id: string): readonly string[];
  /**
   * Resolves with the raw built-in document, its texts in English and `language` only (the
   * default is English), or rejects when no such id is shipped. For a document shipped in
   * parts, `parts` picks which (unknown ones are skipped; all when not given).
   */
  loadBuiltin(id: string, language?: ContentLanguage, parts?: readonly string[]): Promise<unknown>;
}

type LanguageLoaders = Record<ContentLanguage, () => Promise<{ default: unknown }>>;
type Loaders = Record<string, LanguageLoaders>;
type PartLoaders = Record<string, Record<string, LanguageLoaders>>;

function unknownId(kind: string, id: string, ids: readonly string[]): RangeError {
  return new RangeError(`no built-in ${kind} "${id}"; built-in ones: ${ids.join(', ')}`);
}

/** A kind from its schema and its built-in documents, each loaded on demand. */
export function defineKind<S extends v.GenericSchema>(kind: string, schema: S, builtin: Loaders): ContentKind<v.InferOutput<S>> {
  const builtinIds = Object.keys(builtin);
  return {
    kind,
    parse: (input) => parseWith(schema, input),
    builtinIds,
    builtinParts: () => [],
    async loadBuiltin(id, language = 'en') {
      const load = builtin[id]?.[language];
      if (!load) throw unknownId(kind, id, builtinIds);
      return (await load()).default;
    },
  };
}

/**
 * A kind whose built-in documents are shipped in parts, each a valid document by itself, so a
 * page loads only the parts it shows; `merge` joins the parts loaded into one document.
 */
export function definePartedKind<S extends v.GenericSchema>(
  kind: string,
  schema: S,
  builtin: PartLoaders,
  merge: (parts: [unknown, ...unknown[]]) => unknown,
): ContentKind<v.InferOutput<S>> {
  const builtinIds = Object.keys(builtin);
  return {
    kind,
    parse: (input) => parseWith(schema, input),
    builtinIds,
    builtinParts: (id) => Object.keys(builtin[id] ?? {}),
    async loadBuiltin(id, language = 'en', parts) {
      const shipped = builtin[id];
      if (!shipped) throw unknownId(kind, id, builtinIds);
      const wanted = (parts ?? Object.keys(shipped)).filter((part) => part in shipped);
      if (wanted.length === 0) throw new RangeError(`built-in ${kind} "${id}" has none of the parts ${parts?.join(', ')}; it has ${Object.keys(shipped).join(', ')}`);
      const loaded = await Promise.all(wanted.map(async (part) => (await shipped[part]![language]()).default));
      return merge(loaded as [unknown, ...unknown[]]);
    },
  };
}

function formatPath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
}

/** Valibot's own messages read "Invalid type: Expected string but received 42"; ours read like the rest. */
function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema') {
    const what = issue.type === 'strict_object' && issue.expected === 'never' ? 'no such field' : `expected ${issue.expected}`;
    return `${what}, found ${issue.received}`;
  }
  // "found Array" says nothing: a check on a whole list names what it found itself, or nothing.
  if (/\bfound\b/.test(issue.message) || issue.received === 'Array' || issue.received === 'Object') return issue.message;
  return `${issue.message}, found ${issue.received}`;
}

/** Validates with a schema and turns every issue into a Problem. Never throws. */
export function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): ParseResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => ({
      path: formatPath(issue),
      expected: issue.expected ?? issue.message,
      found: issue.received,
      message: describe(issue),
    })),
  };
}
