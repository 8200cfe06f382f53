import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkText, pageSchema, siteSchema, untranslated } from '../src/page-content.js';
import { MENU, textIds } from '../src/site.js';

const read = async (path: string) => JSON.parse(await readFile(new URL(`../content/${path}`, import.meta.url), 'utf8'));

describe('the hub’s text', () => {
  it.each(textIds().map((id) => [id]))('%s: valid, and complete in the five languages', async (id) => {
    const result = checkText(pageSchema, await read(`pages/${id}.json`));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('site texts: valid, complete, with a menu entry for every page', async () => {
    const result = checkText(siteSchema, await read('site.json'));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (result.ok) expect(Object.keys(result.value.nav)).toEqual(MENU.map((p) => p.id));
  });

  it('finds a text that lacks a language, and says where', () => {
    expect(untranslated({ title: { en: 'A', fr: 'A' }, sections: [{ heading: { en: 'B', fr: 'B', es: 'B', el: 'B', it: 'B' } }] })).toEqual([
      'title (es)',
      'title (el)',
      'title (it)',
    ]);
    const result = checkText(pageSchema, { id: 'x', title: { en: 'T' }, description: { en: 'D', fr: 'D', es: 'D', el: 'D', it: 'D' } });
    expect(result.ok ? [] : result.problems).toEqual([
      'missing translation at title (fr)',
      'missing translation at title (es)',
      'missing translation at title (el)',
      'missing translation at title (it)',
    ]);
  });

  it('refuses prose the schema does not know', () => {
    const result = checkText(pageSchema, { id: 'x', title: { en: 'T' }, description: { en: 'D' }, footnote: { en: 'F' } });
    expect(result.ok ? [] : result.problems).toEqual(['no such field footnote']);
  });

  it("links a section onwards only to one of the hub's pages, by id", () => {
    const all = (text: string) => ({ en: text, fr: text, es: text, el: text, it: text });
    const page = (link: unknown) => ({ id: 'x', title: all('T'), sections: [{ id: 's', heading: all('H'), link }] });
    expect(checkText(pageSchema, page({ page: 'young-people', text: all('Onwards') })).ok).toBe(true);
    for (const target of ['nowhere', 'module', 'https://example.org/'])
      expect(checkText(pageSchema, page({ page: target, text: all('Onwards') })).ok).toBe(false);
  });
});
