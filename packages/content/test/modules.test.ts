import { describe, expect, it } from 'vitest';
import { modules } from '../src/module/index.js';

describe('built-in modules', () => {
  it.each(modules.builtinIds.map((id) => [id]))('%s is valid', async (id) => {
    const result = modules.parse(await modules.loadBuiltin(id));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.value.id).toBe(id);
  });

  it('rejects an unknown id with the list of known ones', async () => {
    await expect(modules.loadBuiltin('stop-9')).rejects.toThrow(/stop-1, stop-2, stop-3/);
  });
});

describe('module schema', () => {
  const valid = () => ({
    id: 'm',
    title: { en: 'T' },
    summary: { en: 'S' },
    audience: { en: 'A' },
    durationMinutes: 45,
    level: 'introductory',
    units: [{ id: 'u', title: { en: 'U' }, description: { en: 'D' } }],
  });

  it('accepts a minimal module', () => {
    expect(modules.parse(valid()).ok).toBe(true);
  });

  it.each([
    ['missing English', (m: any) => (m.title = { fr: 'T' }), 'title.en'],
    ['empty English', (m: any) => (m.summary = { en: '  ' }), 'summary.en'],
    ['unknown language', (m: any) => (m.title.de = 'T'), 'title.de'],
    ['wrong type', (m: any) => (m.durationMinutes = '45'), 'durationMinutes'],
    ['no units', (m: any) => (m.units = []), 'units'],
    ['duplicate unit ids', (m: any) => m.units.push(m.units[0]), 'units[1]'],
    ['bad level', (m: any) => (m.level = 'expert'), 'level'],
    ['javascript image url', (m: any) => (m.image = { src: 'javascript:alert(1)', alt: { en: 'x' } }), 'image.src'],
    ['bad id', (m: any) => (m.id = 'Stop 1'), 'id'],
  ])('rejects %s at the right path', (_name, breakIt, path) => {
    const doc = valid();
    breakIt(doc);
    const result = modules.parse(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(path);
  });

  it('rejects something that is not an object without throwing', () => {
    for (const input of [null, 42, 'x', [], undefined]) {
      const result = modules.parse(input);
      expect(result.ok).toBe(false);
    }
  });
});
