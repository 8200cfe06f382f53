import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith, quizSchema } from '../src/index.js';
import { EVERY_KIND, validQuiz } from './documents.js';

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

/**
 * A document whose reads throw, in each way a page's object can: a getter, a Proxy trap, a
 * revoked Proxy. Made when the property runs (fast-check itself would read a generated one).
 */
const unreadable = (valid: () => Record<string, unknown>) =>
  fc
    .tuple(fc.nat(), fc.constantFrom('getter', 'get trap', 'ownKeys trap', 'has trap', 'revoked', 'throws a non-error'), fc.anything())
    .map(([pick, how, thrown]) => () => {
      const doc = valid();
      const objects: Record<string, unknown>[] = [];
      const walk = (node: unknown) => {
        if (node && typeof node === 'object') {
          objects.push(node as Record<string, unknown>);
          Object.values(node).forEach(walk);
        }
      };
      walk(doc);
      const boom = (): never => {
        throw how === 'throws a non-error' ? thrown : new Error('no reading this');
      };
      const target = objects[pick % objects.length]!;
      const keys = Object.keys(target);
      const key = keys[pick % Math.max(keys.length, 1)] ?? 'id';
      let replacement: unknown;
      switch (how) {
        case 'getter':
        case 'throws a non-error':
          Object.defineProperty(target, key, { get: boom, enumerable: true });
          return doc;
        case 'get trap':
          replacement = new Proxy(target, { get: boom });
          break;
        case 'ownKeys trap':
          replacement = new Proxy(target, { ownKeys: boom });
          break;
        case 'has trap':
          replacement = new Proxy(target, { has: boom, getOwnPropertyDescriptor: boom });
          break;
        case 'revoked': {
          const { proxy, revoke } = Proxy.revocable(target, {});
          revoke();
          replacement = proxy;
        }
      }
      if (target === doc) return replacement as Record<string, unknown>;
      // Put the unreadable object where the original was.
      for (const parent of objects) for (const [k, v] of Object.entries(parent)) if (v === target) (parent as Record<string, unknown>)[k] = replacement;
      return doc;
    });

describe('the validator on random documents', () => {
  for (const [kind, schema] of EVERY_KIND) {
    it(`never throws on anything at all (${kind})`, () => {
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }), (input) => wellFormed(parseWith(schema, input))),
        { numRuns: 1500 },
      );
    });
  }

  it.each(EVERY_KIND)('never throws on valid %s documents with one value replaced', (_kind, schema, valid) => {
    fc.assert(
      fc.property(mutated(valid), (doc) => wellFormed(parseWith(schema, doc))),
      { numRuns: 1500 },
    );
  });

  it.each(EVERY_KIND)('never throws on %s documents whose reads throw, and answers with problems', (_kind, schema, valid) => {
    fc.assert(
      fc.property(unreadable(valid), (make) => {
        const result = parseWith(schema, make());
        return wellFormed(result);
      }),
      { numRuns: 500 },
    );
  });

  it('says a document that cannot be read could not be read', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const result = parseWith(quizSchema, proxy);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^the document could not be read: reading it threw TypeError: /),
    ]);
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
