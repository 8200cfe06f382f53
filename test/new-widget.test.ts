import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryCopy, type TemporaryCopy } from './support/temporary-copy.js';

/*
 * `npm run new-widget <name>` in a temporary copy: the package it writes builds, type-checks,
 * passes lint and its own Node and browser tests at once, with no other file edited.
 */
let copy: TemporaryCopy;
let printed = '';

beforeAll(() => {
  copy = temporaryCopy([]);
  printed = execFileSync('node', ['scripts/new-widget.mjs', 'reading-list'], { cwd: copy.dir, encoding: 'utf8' });
}, 60_000);

afterAll(() => copy?.remove());

describe('npm run new-widget', () => {
  it('writes the package in the widget shape, with its changeset', () => {
    expect(printed).toContain('<cs-reading-list>');
    const files = [
      'src/reading-list.ts',
      'src/reading-list.styles.ts',
      'src/reading-list-model.ts',
      'src/reading-list-events.ts',
      'src/define.ts',
      'src/index.ts',
      'fixtures/reading-list.fixtures.ts',
      'stories/reading-list.stories.ts',
      'test/reading-list-model.test.ts',
      'test/reading-list.browser.test.ts',
      'test/reading-list.ssr.test.ts',
      'test/reading-list.hydrate.browser.test.ts',
      'test/reading-list.csp.browser.test.ts',
      'test/csp/reading-list.html',
      'xliff/fr.xlf',
      'README.md',
    ];
    expect(files.filter((file) => !existsSync(join(copy.dir, 'packages/reading-list', file)))).toEqual([]);
    expect(copy.read('.changeset/reading-list.md')).toContain("'@childrensafe/reading-list': minor");
    expect(copy.read('packages/reading-list/src/reading-list.ts')).toContain('export class CsReadingList extends CsElement');
  });

  it('refuses a name that is not lowercase words joined by hyphens, and one that exists', () => {
    const generate = (name: string) => () => execFileSync('node', ['scripts/new-widget.mjs', name], { cwd: copy.dir, stdio: 'pipe' });
    for (const name of ['ReadingList', 'reading_list', '-list', '']) expect(generate(name), name).toThrow();
    expect(generate('reading-list'), 'written already').toThrow(/exists already/);
  });

  it('builds, passes lint and type-checks', () => {
    copy.run('packages/reading-list', 'localize');
    copy.run('packages/reading-list', 'build');
    copy.run('packages/reading-list', 'lint');
    copy.run('packages/reading-list', 'typecheck');
    const manifest = JSON.parse(copy.read('packages/reading-list/custom-elements.json'));
    const element = manifest.modules
      .flatMap((m: { declarations?: { tagName?: string; events?: { name: string }[] }[] }) => m.declarations ?? [])
      .find((d: { tagName?: string }) => d.tagName === 'cs-reading-list');
    expect(element.events.map((e: { name: string }) => e.name)).toEqual(['cs-reading-list-change']);
    execFileSync('node', ['scripts/api-docs.mjs'], { cwd: copy.dir, stdio: 'pipe' });
    expect(copy.read('packages/reading-list/README.md'), 'the API tables written from the manifest').toContain('| `cs-reading-list-change` |');
  }, 180_000);

  it('passes its own Node and browser tests', () => {
    expect(copy.run('packages/reading-list', 'test')).toMatch(/3 passed/);
    expect(copy.run('packages/reading-list', 'test:browser')).toMatch(/4 passed, 0 failed/);
  }, 240_000);
});
