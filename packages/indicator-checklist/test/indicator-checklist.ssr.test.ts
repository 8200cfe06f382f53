/**
 * Server rendering: an indicator set given as a property renders to HTML with declarative
 * shadow DOM, in the page's language, once the server has provided the indicator-set kind:
 * the disclaimer before the first checkbox, the result panel with the first band and the 112
 * line. The HTML is written to reports/ssr/ for the browser test that hydrates it.
 */
import { describe, expect, it } from 'vitest';
import { renderInLocale, textOf as text } from '../../../test-support/ssr.js';
import { html } from 'lit';
import { indicators } from '../src/indicator-checklist-model.js';
import { weightedSet } from '../fixtures/indicator-checklist.fixtures.js';

const { provideContentKind } = await import('@childrensafe/core');
const { indicatorSets } = await import('@childrensafe/content/indicators');
await import('../src/define.js');
provideContentKind(indicatorSets);

const renderIn = (locale: string) =>
  renderInLocale(() => html`<cs-indicator-checklist .content=${weightedSet}></cs-indicator-checklist>`, locale, 'indicator-checklist');

/** Where the first checkbox starts. */
const firstCheckbox = (out: string): number => out.search(/<input\b[^>]*type="checkbox"/);

describe('server rendering', () => {
  it('renders with declarative shadow DOM in English, nothing ticked', async () => {
    const out = await renderIn('en');
    expect(out).toContain('<template shadowroot="open" shadowrootmode="open">');
    const t = text(out);
    expect(t).toContain('lang="en"');
    expect(t).toContain(weightedSet.title.en);
    for (const indicator of indicators(weightedSet)) expect(t).toContain(indicator.text.en);
    expect(out.match(/<input\b[^>]*type="checkbox"/g)).toHaveLength(5);
    expect(t).toContain('0 indicators ticked');
    expect(t).toContain('0 of 3');
    expect(t).toContain('0 of 2');
    expect(t).toContain(`Level of concern: ${weightedSet.bands[0]!.title.en}`);
    expect(out).toContain('data-band="low-concern"');
  });

  it('leaves every checkbox unticked in the server HTML, as the result panel says', async () => {
    // A `checked` attribute, whatever its value ("false" included), ticks the box in the page
    // shown before the script hydrates it (and for good if the script never runs).
    for (const locale of ['en', 'fr'] as const) {
      const out = await renderIn(locale);
      const inputs = out.match(/<input\b[^>]*>/g) ?? [];
      expect(inputs, locale).toHaveLength(5);
      for (const input of inputs) expect(input, locale).not.toMatch(/\schecked(\s|=|\/|>)/);
    }
  });

  it('shows the disclaimer before the first checkbox', async () => {
    for (const locale of ['en', 'fr'] as const) {
      const out = await renderIn(locale);
      const checkbox = firstCheckbox(out);
      const part = out.indexOf('part="disclaimer"');
      const sentence = out.indexOf(locale === 'en' ? 'not a diagnosis' : 'ce n’est pas un diagnostic');
      expect(checkbox, locale).toBeGreaterThan(0);
      expect(part, locale).toBeGreaterThan(0);
      expect(sentence, locale).toBeGreaterThan(part);
      expect(sentence, locale).toBeLessThan(checkbox);
    }
  });

  it('always shows the emergency line', async () => {
    const en = text(await renderIn('en'));
    expect(en).toMatch(/<p part="emergency"[^>]*>\s*If a child is in immediate danger, call 112\.\s*<\/p>/);
    const fr = text(await renderIn('fr'));
    expect(fr).toMatch(/<p part="emergency"[^>]*>\s*Si un enfant est en danger immédiat, appelez le 112\.\s*<\/p>/);
  });

  it('renders in French, with the French texts of the set', async () => {
    const out = text(await renderIn('fr'));
    expect(out).toContain('lang="fr"');
    expect(out).toContain(weightedSet.title.fr);
    for (const category of weightedSet.categories) expect(out).toContain(category.title.fr);
    for (const indicator of indicators(weightedSet)) expect(out).toContain(indicator.text.fr);
    expect(out).toContain(weightedSet.bands[0]!.title.fr);
    expect(out).toContain(weightedSet.bands[0]!.guidance.fr);
    // the French texts are there, so no English fallback is marked
    expect(out).not.toContain(weightedSet.title.en);
    expect(out).not.toContain('lang="en"');
  });

  it('renders the French UI strings', async () => {
    const out = text(await renderIn('fr')).replace(/\u00a0/g, ' ');
    for (const words of [
      'Niveau de préoccupation',
      'Imprimer le résumé',
      'Copier le résumé',
      'Tout décocher',
      'Pourquoi c’est important',
      '0 indicateur coché',
    ]) {
      expect(out).toContain(words);
    }
  });
});
