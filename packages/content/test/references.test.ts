import { describe, expect, it } from 'vitest';
import { checkReferences } from '../src/references.js';
import { missingTranslations, translationCoverage } from '../src/translations.js';
import { validDirectory, validIndicatorSet, validModule, validQuiz } from './documents.js';

describe('checkReferences', () => {
  it('accepts a module whose quiz exists and topics some helpline serves', () => {
    const module = { ...validModule(), quiz: 'q' };
    expect(
      checkReferences([
        { file: 'modules/m.json', kind: 'module', value: module },
        { file: 'quizzes/q.json', kind: 'quiz', value: validQuiz() },
        { file: 'indicators/i.json', kind: 'indicator-set', value: validIndicatorSet() },
        { file: 'helplines/d.json', kind: 'helpline-directory', value: validDirectory() },
      ]),
    ).toEqual([]);
  });

  it('reports a dangling quiz reference', () => {
    const problems = checkReferences([{ file: 'modules/m.json', kind: 'module', value: { ...validModule(), quiz: 'nope' } }]);
    expect(problems.map((p) => `${p.file}: ${p.path}: ${p.message}`)).toEqual([
      'modules/m.json: quiz: expected the id of a quiz, found "nope", which no quiz has',
    ]);
  });

  it('reports a helpline topic that no helpline serves', () => {
    const set = { ...validIndicatorSet(), helplineTopics: ['sexual-exploitation', 'trafficking'] };
    const problems = checkReferences([
      { file: 'indicators/i.json', kind: 'indicator-set', value: set },
      { file: 'helplines/d.json', kind: 'helpline-directory', value: validDirectory() },
    ]);
    expect(problems.map((p) => p.path)).toEqual(['helplineTopics[1]']);
  });

  it('reports a country whose lines leave out a topic the indicator set points to', () => {
    // The broken directory: a Greek line for abuse only, while the set sends readers to
    // "sexual-exploitation"; the French line serves it.
    const directory = validDirectory();
    directory.helplines.push({ ...structuredClone(directory.helplines[1]!), id: 'gr-line', country: 'GR', topics: ['abuse'] });
    const problems = checkReferences([
      { file: 'indicators/i.json', kind: 'indicator-set', value: validIndicatorSet() },
      { file: 'helplines/d.json', kind: 'helpline-directory', value: directory },
    ]);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'helplineTopics[0]: expected a line for "sexual-exploitation" in every country with lines, found none in GR',
    ]);
  });

  it('does not count an EU-wide line for a country that has lines of its own', () => {
    const directory = validDirectory();
    (directory.helplines[1] as { topics: string[] }).topics = ['abuse'];
    // eu-112 serves "sexual-exploitation" in the fixture; France still has no line for it.
    const problems = checkReferences([
      { file: 'indicators/i.json', kind: 'indicator-set', value: validIndicatorSet() },
      { file: 'helplines/d.json', kind: 'helpline-directory', value: directory },
    ]);
    expect(problems.map((p) => p.message)).toEqual(['expected a line for "sexual-exploitation" in every country with lines, found none in FR']);
  });

  it('reports the same id used by two documents of a kind', () => {
    const problems = checkReferences([
      { file: 'a.json', kind: 'quiz', value: validQuiz() },
      { file: 'b.json', kind: 'quiz', value: validQuiz() },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/not used by a.json/);
  });
});

describe('translations', () => {
  it('lists the texts missing per language, with their paths', () => {
    const module = validModule();
    (module.title as Record<string, string>).fr = 'Titre';
    const missing = missingTranslations(module);
    expect(missing.filter((m) => m.language === 'fr').map((m) => m.path)).toEqual(['summary', 'audience', 'units[0].title', 'units[0].description']);
    expect(missing.filter((m) => m.language === 'el').map((m) => m.path)).toContain('title');
  });

  it('counts the share of texts per language', () => {
    const module = validModule();
    (module.title as Record<string, string>).fr = 'Titre';
    const coverage = translationCoverage([module]);
    expect(coverage.en).toEqual({ done: 5, total: 5 });
    expect(coverage.fr).toEqual({ done: 1, total: 5 });
  });
});
