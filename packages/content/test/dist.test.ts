import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm test` builds first; this reads what ships.
const dist = new URL('../dist/', import.meta.url);

describe('the built package', () => {
  it('imports no chunk only for its side effects, so bundlers building a page from it have nothing to warn about', () => {
    const files = readdirSync(dist).filter((file) => file.endsWith('.js'));
    expect(files).toContain('indicators.js');
    const bare = files.filter((file) => /^import "\.\/chunk-[\w-]+\.js";$/m.test(readFileSync(new URL(file, dist), 'utf8')));
    expect(bare).toEqual([]);
  });
});
