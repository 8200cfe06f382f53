import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validModule, validQuiz } from './documents.js';

const run = promisify(execFile);
const CLI = new URL('../dist/cli.js', import.meta.url).pathname;

/** Runs the built command as a partner would, and returns its exit code and output. */
async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args]);
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'content-cli-'));
  await mkdir(join(dir, 'good/quizzes'), { recursive: true });
  await mkdir(join(dir, 'broken/quizzes'), { recursive: true });
  const translated = (text: { en: string }) => ({ ...text, fr: 'fr', es: 'es', el: 'el', it: 'it' });
  const quiz = JSON.parse(JSON.stringify(validQuiz()), (_key, value) =>
    value && typeof value === 'object' && typeof value.en === 'string' ? translated(value) : value,
  );
  await writeFile(join(dir, 'good/quizzes/q.json'), JSON.stringify(quiz));
  const broken = validQuiz();
  broken.questions.push({ ...broken.questions[0]!, id: 'four', options: [broken.questions[0]!.options[0]!] });
  await writeFile(join(dir, 'broken/quizzes/stop-1.json'), JSON.stringify(broken));
  await writeFile(join(dir, 'untranslated.json'), JSON.stringify(validModule()));
  await writeFile(join(dir, 'malformed.json'), '{ "kind": "quiz", ');
  await writeFile(join(dir, 'alien.json'), JSON.stringify({ kind: 'recipe', id: 'x' }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('childrensafe-content validate', () => {
  it('exits 0 on valid content', async () => {
    const { code, out } = await cli('validate', join(dir, 'good'), '--strict');
    expect(out).toContain('1 file(s) checked: 0 problem(s), 0 warning(s)');
    expect(code).toBe(0);
  });

  it('prints one line per problem with the file, the path, what was expected and what was found', async () => {
    const { code, out } = await cli('validate', join(dir, 'broken'));
    expect(out).toContain('quizzes/stop-1.json: expected at least 2 options at questions[3].options, found 1');
    expect(code).toBe(1);
  });

  it('validates the document the README shows, $schema and all', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const example = readme.split('## A document')[1]?.match(/```json\n([\s\S]*?)```/)?.[1];
    expect(JSON.parse(example ?? 'null')).toMatchObject({ $schema: 'https://childrensafe.eu/schemas/quiz.schema.json' });
    const file = join(dir, 'readme-quiz.json');
    await writeFile(file, example ?? '');
    const { code, out } = await cli('validate', file);
    expect(out).toContain('1 file(s) checked: 0 problem(s)');
    expect(code).toBe(0);
  });

  it('warns about missing translations, and fails on them with --strict', async () => {
    const file = join(dir, 'untranslated.json');
    const lenient = await cli('validate', file);
    expect(lenient.out).toContain(`warning: ${file}: 5 text(s) without fr, first at title`);
    expect(lenient.code).toBe(0);
    const strict = await cli('validate', file, '--strict');
    expect(strict.out).toContain(`${file}: 5 text(s) without el, first at title`);
    expect(strict.code).toBe(1);
  });

  it.each([
    ['malformed JSON', 'malformed.json', /malformed\.json: is not valid JSON/],
    ['a missing file', 'nowhere.json', /nowhere\.json: no such file or folder/],
    ['an unknown kind', 'alien.json', /alien\.json: unknown kind "recipe"; expected one of module, quiz, indicator-set, helpline-directory/],
  ])('says so clearly and exits 2 on %s', async (_name, file, message) => {
    const { code, out } = await cli('validate', join(dir, file));
    expect(out).toMatch(message);
    expect(code).toBe(2);
  });

  it('prints its usage and exits 2 when called wrong', async () => {
    const { code, out } = await cli('check');
    expect(out).toMatch(/^usage: childrensafe-content validate/);
    expect(code).toBe(2);
  });
});

describe('childrensafe-content coverage', () => {
  it('prints the share of texts per language', async () => {
    const { code, out } = await cli('coverage', join(dir, 'untranslated.json'));
    expect(out).toMatch(/^en\s+100\.0%\s+5 of 5 texts$/m);
    expect(out).toMatch(/^fr\s+0\.0%\s+0 of 5 texts$/m);
    expect(code).toBe(0);
  });
});

describe('the shipped content', () => {
  it('passes the validator in strict mode: valid, referenced, translated into all five languages', async () => {
    const { code, out } = await cli('validate', new URL('../data', import.meta.url).pathname, '--strict');
    expect(out).toMatch(/file\(s\) checked: 0 problem\(s\), 0 warning\(s\)/);
    expect(code).toBe(0);
  });
});
