import type { HelplineDirectory } from './helplines/helpline-schema.js';
import type { IndicatorSet } from './indicators/indicator-set-schema.js';
import type { TrainingModule } from './module/module-schema.js';
import type { Problem } from './parse-result.js';
import type { Quiz } from './quiz/quiz-schema.js';
import type { Kind } from './vocabulary.js';

export interface Located {
  /** Where the document came from, for messages: a file name. */
  file: string;
  kind: Kind;
  value: unknown;
}

export interface LocatedProblem extends Problem {
  file: string;
}

/**
 * Checks what one document cannot check alone: ids unique across documents of a kind, a
 * module's quiz exists, and every helpline topic an indicator set points to is served in every
 * country that has lines, by a line of that country.
 */
export function checkReferences(documents: readonly Located[]): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const of = <T>(kind: Kind) => documents.filter((d) => d.kind === kind) as (Located & { value: T })[];
  const seen = new Map<string, string>();
  for (const doc of documents) {
    const key = `${doc.kind}:${(doc.value as { id: string }).id}`;
    const first = seen.get(key);
    if (first) problems.push(problem(doc.file, 'id', `expected a ${doc.kind} id not used by ${first}`, (doc.value as { id: string }).id));
    else seen.set(key, doc.file);
  }
  const quizzes = new Set(of<Quiz>('quiz').map((d) => d.value.id));
  for (const doc of of<TrainingModule>('module')) {
    if (doc.value.quiz !== undefined && !quizzes.has(doc.value.quiz)) {
      problems.push(problem(doc.file, 'quiz', 'expected the id of a quiz', `"${doc.value.quiz}", which no quiz has`));
    }
  }
  const directories = of<HelplineDirectory>('helpline-directory');
  if (directories.length > 0) {
    const lines = directories.flatMap((d) => d.value.helplines);
    const countries = [...new Set(lines.map((h) => h.country))].filter((c) => c !== 'EU').sort();
    const serves = (country: string, topic: string) => lines.some((h) => h.country === country && h.topics.includes(topic as never));
    for (const doc of of<IndicatorSet>('indicator-set')) {
      doc.value.helplineTopics.forEach((topic, i) => {
        // A reader sent to a topic must find a line of their own country for it: the finder
        // filters by country first, so an EU-wide line would not show in its place.
        const missing = countries.filter((country) => !serves(country, topic));
        if (missing.length > 0)
          problems.push(
            problem(doc.file, `helplineTopics[${i}]`, `expected a line for "${topic}" in every country with lines`, `none in ${missing.join(', ')}`),
          );
        if (countries.length === 0 && !serves('EU', topic))
          problems.push(problem(doc.file, `helplineTopics[${i}]`, 'expected a topic some helpline serves', `"${topic}", which none does`));
      });
    }
  }
  return problems;
}

function problem(file: string, path: string, expected: string, found: string): LocatedProblem {
  return { file, path, expected, found, message: `${expected}, found ${found}` };
}
