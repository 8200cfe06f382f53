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
 * module's quiz exists, and every helpline topic an indicator set points to is served by at
 * least one helpline of the directories given.
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
    const served = new Set(directories.flatMap((d) => d.value.helplines.flatMap((h) => h.topics)));
    for (const doc of of<IndicatorSet>('indicator-set')) {
      doc.value.helplineTopics.forEach((topic, i) => {
        if (!served.has(topic)) problems.push(problem(doc.file, `helplineTopics[${i}]`, 'expected a topic some helpline serves', `"${topic}", which none does`));
      });
    }
  }
  return problems;
}

function problem(file: string, path: string, expected: string, found: string): LocatedProblem {
  return { file, path, expected, found, message: `${expected}, found ${found}` };
}
