import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { KIND_BY_FOLDER, SCHEMAS } from '../kinds.js';
import { parseWith } from '../parse-result.js';
import { checkReferences, type Located } from '../references.js';
import { missingTranslations } from '../translations.js';
import { KINDS, type Kind } from '../vocabulary.js';

export interface ValidateOptions {
  strict?: boolean;
}

export interface ValidateReport {
  /** What to print, one line each: problems, warnings, then a summary. */
  lines: string[];
  /** 0 all valid, 1 problems found, 2 could not check (missing file, malformed JSON, unknown kind). */
  exitCode: 0 | 1 | 2;
  /** The documents that passed their schema. */
  documents: Located[];
}

/** A failure to read a document at all, as opposed to a document with problems. */
class Unreadable extends Error {}

/**
 * Validates content files and folders (every .json below a folder): each document against the
 * schema of its kind (its `kind` field, else its folder's name), then the references between
 * all of them, then the translations (missing text is a warning, or an error with `strict`).
 */
export async function validateFiles(targets: readonly string[], options: ValidateOptions = {}): Promise<ValidateReport> {
  const lines: string[] = [];
  let unreadable = 0;
  let problems = 0;
  let warnings = 0;
  const valid: Located[] = [];

  const files: { file: string; label: string }[] = [];
  for (const target of targets) {
    try {
      files.push(...(await list(target)));
    } catch (cause) {
      lines.push(`${target}: ${(cause as Error).message}`);
      unreadable++;
    }
  }

  for (const { file, label } of files) {
    let doc: unknown;
    let kind: Kind;
    try {
      doc = await readJson(file);
      kind = kindOf(doc, file);
    } catch (cause) {
      lines.push(`${label}: ${(cause as Error).message}`);
      unreadable++;
      continue;
    }
    const result = parseWith(SCHEMAS[kind], doc);
    if (!result.ok) {
      for (const p of result.problems) lines.push(`${label}: ${p.message}`);
      problems += result.problems.length;
      continue;
    }
    valid.push({ file: label, kind, value: result.value });
    const missing = missingTranslations(result.value);
    for (const language of new Set(missing.map((m) => m.language))) {
      const paths = missing.filter((m) => m.language === language).map((m) => m.path);
      const prefix = options.strict ? '' : 'warning: ';
      lines.push(`${prefix}${label}: ${paths.length} text(s) without ${language}, first at ${paths[0] || '(document)'}`);
      if (options.strict) problems += paths.length;
      else warnings += paths.length;
    }
  }

  for (const p of checkReferences(valid)) {
    lines.push(`${p.file}: ${p.path}: ${p.message}`);
    problems++;
  }

  lines.push(`${files.length} file(s) checked: ${problems} problem(s), ${warnings} warning(s)${unreadable ? `, ${unreadable} could not be read` : ''}`);
  return { lines, exitCode: unreadable > 0 ? 2 : problems > 0 ? 1 : 0, documents: valid };
}

async function list(target: string): Promise<{ file: string; label: string }[]> {
  let info;
  try {
    info = await stat(target);
  } catch {
    throw new Unreadable('no such file or folder');
  }
  if (!info.isDirectory()) return [{ file: target, label: target }];
  const out: { file: string; label: string }[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.json')) out.push({ file: path, label: relative(target, path) });
    }
  };
  await walk(target);
  return out;
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Unreadable('could not be read');
  });
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new Unreadable(`is not valid JSON (${(cause as Error).message})`);
  }
}

function kindOf(doc: unknown, file: string): Kind {
  const declared = typeof doc === 'object' && doc !== null ? (doc as { kind?: unknown }).kind : undefined;
  if (declared !== undefined) {
    if ((KINDS as readonly unknown[]).includes(declared)) return declared as Kind;
    throw new Unreadable(`unknown kind ${JSON.stringify(declared)}; expected one of ${KINDS.join(', ')}`);
  }
  const byFolder = KIND_BY_FOLDER[basename(dirname(file))];
  if (byFolder) return byFolder;
  throw new Unreadable(`unknown kind: give the document a "kind" (${KINDS.join(', ')}) or put it in a folder named ${Object.keys(KIND_BY_FOLDER).join(', ')}`);
}
