import { expect, waitUntil } from '@open-wc/testing';
import { openCspPage, type CspPage } from '../../../test-support/csp.js';
import { visibleText } from '../../../test-support/browser.js';

/** The scripts a page fetched, by path, in the order it fetched them (repeats included). */
const scriptsFetched = (page: CspPage) =>
  (page.frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
    .map((entry) => new URL(entry.name).pathname);

/** Of `paths`, those whose code includes `text`. */
async function holding(paths: string[], text: string): Promise<string[]> {
  const bodies = await Promise.all(paths.map(async (path) => [path, await (await fetch(path)).text()] as const));
  return bodies.filter(([, body]) => body.includes(text)).map(([path]) => path);
}
/** Of `paths`, those whose code holds Lit's template engine (its Trusted Types policy's name). */
const holdingLit = (paths: string[]) => holding(paths, '"lit-html"');

const shadowText = (page: CspPage, tag: string) => visibleText(page.frame.contentDocument?.querySelector(tag)?.shadowRoot);

describe('@childrensafe/widgets from script tags, under a strict CSP with `trusted-types lit-html`', () => {
  it('two widget entries on one page share Lit and core: each file fetched once, both widgets in French', async () => {
    const page = await openCspPage('/packages/widgets/test/csp/two-entries.html', (doc) =>
      ['cs-quiz', 'cs-helpline-finder'].every((tag) => !!doc.querySelector(tag)?.shadowRoot?.firstElementChild),
    );
    expect(page.policy).to.include("require-trusted-types-for 'script'").and.include('trusted-types lit-html');
    await waitUntil(() => shadowText(page, 'cs-helpline-finder').includes('Trouver une ligne d’aide'), 'the finder did not speak French', { timeout: 8000 });
    await waitUntil(() => shadowText(page, 'cs-quiz').includes('Relation saine ou exploitation ? Teste tes connaissances'), 'the quiz did not speak French', {
      timeout: 8000,
    });

    const scripts = scriptsFetched(page).filter((path) => path.startsWith('/packages/widgets/cdn/'));
    expect(scripts.length, 'no file is fetched twice').to.equal(new Set(scripts).size);
    expect(await holdingLit(scripts), 'Lit comes in one file').to.have.length(1);
    expect(await holding(scripts, 'is already defined by version'), 'core (its define guard) comes in one file').to.have.length(1);
    expect(scripts).to.include('/packages/widgets/cdn/cs-quiz.js').and.include('/packages/widgets/cdn/cs-helpline-finder.js');
    // The finder's and the quiz's French strings, each loaded once, by the one locale runtime.
    expect(scripts.filter((path) => /\/fr-[A-Z0-9-]+\.js$/.test(path)).length).to.be.at.least(2);

    expect(page.violations()).to.deep.equal([]);
    expect(page.consoleMessages()).to.deep.equal([]);
    page.remove();
  });

  it('all.js loads only the widgets on the page, and the ones added later', async () => {
    const page = await openCspPage('/packages/widgets/test/csp/all.html', (doc) =>
      ['cs-quick-exit', 'cs-module-card'].every((tag) => !!doc.querySelector(tag)?.shadowRoot?.firstElementChild),
    );
    await waitUntil(() => shadowText(page, 'cs-quick-exit').includes('Έξοδος από τη σελίδα'), 'the quick exit did not speak Greek', { timeout: 8000 });
    const doc = page.frame.contentDocument!;
    let scripts = scriptsFetched(page);
    expect(scripts).to.include('/packages/widgets/cdn/cs-quick-exit.js').and.include('/packages/widgets/cdn/cs-module-card.js');
    expect(scripts).not.to.include('/packages/widgets/cdn/cs-quiz.js');
    expect(scripts).not.to.include('/packages/widgets/cdn/cs-helpline-finder.js');

    // A block a CMS adds after the page loaded: its widget comes when it appears.
    const section = doc.createElement('section');
    section.append(doc.createElement('cs-helpline-finder'));
    doc.body.append(section);
    await waitUntil(() => shadowText(page, 'cs-helpline-finder').includes('Βρείτε γραμμή βοήθειας'), 'the added finder was not loaded', { timeout: 8000 });
    scripts = scriptsFetched(page);
    expect(scripts).to.include('/packages/widgets/cdn/cs-helpline-finder.js');
    expect(scripts).not.to.include('/packages/widgets/cdn/cs-quiz.js');
    expect(scripts.length).to.equal(new Set(scripts).size);

    expect(page.violations()).to.deep.equal([]);
    expect(page.consoleMessages()).to.deep.equal([]);
    page.remove();
  });

  it('the page-level API is one module shared with every entry: setLocale from page.js turns the widgets all.js loaded', async () => {
    const page = await openCspPage(
      '/packages/widgets/test/csp/page-api.html',
      (doc) => doc.body.dataset.locale === 'it' && !!doc.querySelector('cs-quick-exit')?.shadowRoot?.firstElementChild,
    );
    await waitUntil(() => shadowText(page, 'cs-quick-exit').includes('Esci da questa pagina'), 'the quick exit did not turn Italian', { timeout: 8000 });
    const { version } = (await (await fetch('/packages/widgets/package.json')).json()) as { version: string };
    expect(page.frame.contentDocument!.body.dataset.widgetsVersion).to.equal(version);
    expect(page.violations()).to.deep.equal([]);
    expect(page.consoleMessages()).to.deep.equal([]);
    page.remove();
  });
});
