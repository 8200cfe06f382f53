import { translationCoverage } from '../translations.js';
import { CONTENT_LANGUAGES } from '../vocabulary.js';
import { validateFiles, type ValidateReport } from './validate-files.js';

/** Per language, the share of content texts translated, over the valid documents given. */
export async function coverageReport(targets: readonly string[]): Promise<ValidateReport> {
  const check = await validateFiles(targets);
  if (check.exitCode === 2) return check;
  const coverage = translationCoverage(check.documents.map((d) => d.value));
  const lines = CONTENT_LANGUAGES.map((language) => {
    const { done, total } = coverage[language];
    const share = total === 0 ? 100 : (100 * done) / total;
    return `${language}  ${share.toFixed(1).padStart(5)}%  ${String(done).padStart(5)} of ${total} texts`;
  });
  const invalid = check.exitCode === 1 ? [`(invalid documents are not counted: run validate)`] : [];
  return { lines: [...lines, ...invalid], exitCode: 0, documents: check.documents };
}
