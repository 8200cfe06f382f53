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
    expect(problems.map((p) => `${p.file}: ${p.path}: ${p.message}`)).toEqual(['modules/m.json: quiz: expected the id of a quiz, found "nope", which no quiz has']);
  });

  it('reports a helpline topic that no helpline serves', () => {
    const set = { ...validIndicatorSet(), helplineTopics: ['sexual-exploitation', 'trafficking'] };
    const problems = checkReferences([
      { file: 'indicators/i.json', kind: 'indicator-set', value: set },
      { file: 'helplines/d.json', kind: 'helpline-directory', value: validDirectory() },
    ]);
    expect(problems.map((p) => p.path)).toEqual(['helplineTopics[1]']);
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
