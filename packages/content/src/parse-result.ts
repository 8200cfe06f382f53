import * as v from 'valibot';

/** One thing wrong with a document: where, what was expected, and what was found. */
export interface Problem {
  /** JSON path such as `units[3].title.en`; empty for the document itself. */
  path: string;
  expected: string;
  found: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** A kind of content (module, quiz…): how to validate it and how to load the built-in documents. */
export interface ContentKind<T> {
  kind: string;
  parse(input: unknown): ParseResult<T>;
  builtinIds: readonly string[];
  /** Resolves with the raw built-in document, or rejects when no such id is shipped. */
  loadBuiltin(id: string): Promise<unknown>;
}

function formatPath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
}

/** Validates with a schema and turns every issue (nested ones included) into a Problem. */
export function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): ParseResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => ({
      path: formatPath(issue),
      expected: issue.expected ?? issue.message,
      found: issue.received,
      message: issue.message,
    })),
  };
}
