import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../src/vocabulary.js';

/** The JSON Schemas shipped for partners' editors (written by the build from the same schemas). */
const read = async (kind: string) => JSON.parse(await readFile(new URL(`../dist/schemas/${kind}.schema.json`, import.meta.url), 'utf8'));

describe('shipped JSON Schemas', () => {
  it.each(KINDS.map((k) => [k]))('%s: a draft-07 object schema with an id', async (kind) => {
    const schema = await read(kind);
    expect(schema.$schema).toMatch(/json-schema\.org\/draft-07/);
    expect(schema.$id).toBe(`https://childrensafe.eu/schemas/${kind}.schema.json`);
    expect(schema.type).toBe('object');
    // A partner's file names this schema by its $id: the schema must allow that field.
    expect(schema.properties.$schema).toEqual({ type: 'string' });
  });

  it('lets an editor check a quiz: required fields, question types, English required', async () => {
    const schema = await read('quiz');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'passMark', 'questions', 'bands']));
    const question = schema.properties.questions.items;
    expect(question.properties.type.enum).toEqual(['single', 'multiple', 'true-false']);
    expect(schema.properties.title.required).toEqual(['en']);
    expect(schema.properties.title.additionalProperties).toBe(false);
  });

  it('describes helpline channels and availability', async () => {
    const schema = await read('helpline-directory');
    const helpline = schema.properties.helplines.items;
    expect(helpline.required).toEqual(expect.arrayContaining(['country', 'channels', 'source']));
    expect(JSON.stringify(helpline.properties.channels)).toContain('"whatsapp"');
  });
});
