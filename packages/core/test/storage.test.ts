import { describe, expect, it } from 'vitest';
import { clearStoredData, namespacedStorage } from '../src/storage.js';

/** An in-memory Storage with the Web Storage contract. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, String(v)),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
}

describe('namespacedStorage', () => {
  it('writes JSON under the childrensafe: prefix and reads it back', () => {
    const store = memoryStorage();
    const quiz = namespacedStorage('quiz', store);
    expect(quiz.write('stop-1', { at: 3 })).toBe(true);
    expect(store.getItem('childrensafe:quiz:stop-1')).toBe('{"at":3}');
    expect(quiz.read('stop-1')).toEqual({ at: 3 });
    quiz.remove('stop-1');
    expect(quiz.read('stop-1')).toBeUndefined();
  });

  it('reads a corrupt value as undefined instead of throwing', () => {
    const store = memoryStorage();
    store.setItem('childrensafe:quiz:stop-1', '{not json');
    expect(namespacedStorage('quiz', store).read('stop-1')).toBeUndefined();
  });

  it('reports a failed write (quota, blocked storage) without throwing', () => {
    const store = memoryStorage();
    store.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(namespacedStorage('quiz', store).write('k', 1)).toBe(false);
    expect(namespacedStorage('quiz', undefined).write('k', 1)).toBe(false);
  });
});

describe('clearStoredData', () => {
  it('removes every childrensafe: key and leaves the page’s own keys', () => {
    const local = memoryStorage();
    const session = memoryStorage();
    local.setItem('childrensafe:quiz:a', '1');
    local.setItem('childrensafe:quiz:b', '2');
    local.setItem('site:cart', 'x');
    session.setItem('childrensafe:x', '3');
    session.setItem('childrensafe', 'not ours: no colon');
    expect(clearStoredData([local, session])).toBe(3);
    expect(local.length).toBe(1);
    expect(local.getItem('site:cart')).toBe('x');
    expect(session.getItem('childrensafe')).toBe('not ours: no colon');
  });
});
