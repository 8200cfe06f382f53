import * as v from 'valibot';
import type { ContentLanguage } from './vocabulary.js';

/** One thing wrong with a document: where, what was expected, and what was found. */
export interface Problem {
  /**
   * JSON path such as `units[3].title.en`; empty for the document itself. For a field that is
   * missing or not allowed, the path of the object that should (or should not) hold it.
   */
  path: string;
  expected: string;
  found: string;
  /**
   * One line for an author, saying where: "missing required field feedback at
   * questions[2].options[1]", "expected at least 2 options at questions[0].options, found 1".
   */
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
      if (wanted.length === 0)
        throw new RangeError(`built-in ${kind} "${id}" has none of the parts ${parts?.join(', ')}; it has ${Object.keys(shipped).join(', ')}`);
      const loaded = await Promise.all(wanted.map(async (part) => (await shipped[part]![language]()).default));
      return merge(loaded as [unknown, ...unknown[]]);
    },
  };
}

function formatPath(keys: readonly unknown[]): string {
  return keys
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}

const OBJECT_TYPES = new Set(['object', 'strict_object', 'loose_object']);

/** The problem an issue is for an author: where it is, and what is wrong there in their words. */
function toProblem(issue: v.BaseIssue<unknown>): Problem {
  const keys = (issue.path ?? []).map((item) => item.key);
  const last = keys.at(-1);
  const expected = issue.expected ?? issue.message;
  // A field missing or not allowed is an issue of its object: the path names the object, the message the field.
  const field =
    issue.kind === 'schema' &&
    OBJECT_TYPES.has(issue.type) &&
    typeof last === 'string' &&
    (issue.expected === JSON.stringify(last) || issue.expected === 'never');
  if (field) {
    const path = formatPath(keys.slice(0, -1));
    const what = issue.expected === 'never' ? `no such field ${last}` : `missing required field ${last}`;
    return { path, expected, found: issue.received, message: path ? `${what} at ${path}` : what };
  }
  const path = formatPath(keys);
  const at = path ? ` at ${path}` : '';
  let message: string;
  if (issue.kind === 'schema') message = `expected ${issue.expected}${at}, found ${issue.received}`;
  // A check that names what it found says it itself ("found "u" twice"); "found Array" says nothing.
  else if (/, found\b/.test(issue.message)) message = issue.message.replace(/, found\b/, `${at}, found`);
  else if (issue.received === 'Array' || issue.received === 'Object') message = `${issue.message}${at}`;
  else message = `${issue.message}${at}, found ${issue.received}`;
  return { path, expected, found: issue.received, message };
}

/**
 * Validates with a schema and turns every issue into a Problem. Never throws: a document that
 * cannot even be read (a getter or a Proxy that throws, a revoked Proxy) is one problem.
 */
export function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): ParseResult<v.InferOutput<S>> {
  try {
    const result = v.safeParse(schema, input);
    if (result.success) return { ok: true, value: result.output };
    return { ok: false, problems: result.issues.map(toProblem) };
  } catch (cause) {
    const found = describeThrown(cause);
    return {
      ok: false,
      problems: [{ path: '', expected: 'a document that can be read', found, message: `the document could not be read: reading it threw ${found}` }],
    };
  }
}

/** What a throwing read threw, as text, without reading anything that could throw again. */
function describeThrown(cause: unknown): string {
  try {
    return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  } catch {
    return 'an error';
  }
}
