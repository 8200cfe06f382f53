import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helplineDirectorySchema, indicatorSetSchema, moduleSchema, parseWith, quizSchema } from '../src/index.js';
import { validDirectory, validIndicatorSet, validModule, validQuiz } from './documents.js';

const schemas = { module: moduleSchema, quiz: quizSchema, 'indicator-set': indicatorSetSchema, 'helpline-directory': helplineDirectorySchema };

/** A validator answer is either a value or a non-empty list of well-formed problems. */
function wellFormed(result: ReturnType<typeof parseWith>): boolean {
  if (result.ok) return true;
  return (
    result.problems.length > 0 &&
    result.problems.every((p) => typeof p.path === 'string' && typeof p.message === 'string' && p.message.length > 0 && typeof p.found === 'string')
  );
}

/** Replaces the value at a random path of a valid document with anything at all. */
const mutated = (valid: () => Record<string, unknown>) =>
  fc.tuple(fc.nat(), fc.anything({ withNullPrototype: true, withMap: true, withSet: true })).map(([pick, value]) => {
    const doc = valid();
    const slots: [Record<string, unknown> | unknown[], string | number][] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach((item, i) => (slots.push([node, i]), walk(item)));
      else if (node && typeof node === 'object') for (const [k, item] of Object.entries(node)) (slots.push([node as Record<string, unknown>, k]), walk(item));
    };
    walk(doc);
    const [parent, key] = slots[pick % slots.length]!;
    (parent as Record<string | number, unknown>)[key] = value;
    return doc;
  });

describe('the validator on random documents', () => {
  for (const [kind, schema] of Object.entries(schemas)) {
    it(`never throws on anything at all (${kind})`, () => {
      fc.assert(fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }), (input) => wellFormed(parseWith(schema, input))), { numRuns: 1500 });
    });
  }

  it.each([
    ['module', moduleSchema, validModule],
    ['quiz', quizSchema, validQuiz],
    ['indicator-set', indicatorSetSchema, validIndicatorSet],
    ['helpline-directory', helplineDirectorySchema, validDirectory],
  ] as const)('never throws on valid %s documents with one value replaced', (_kind, schema, valid) => {
    fc.assert(fc.property(mutated(valid), (doc) => wellFormed(parseWith(schema, doc))), { numRuns: 1500 });
  });

  it('finds the mutated document invalid when a required text becomes a number', () => {
    fc.assert(
      fc.property(fc.integer(), (n) => {
        const doc = validQuiz();
        (doc.questions[0]!.prompt as unknown) = n;
        const result = parseWith(quizSchema, doc);
        expect(result.ok).toBe(false);
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
