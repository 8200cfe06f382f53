import { describe, expect, it } from 'vitest';
import { SNIPPET_WIDGETS, embedUrl, iframeSnippet, scriptSnippet } from '../src/snippets.js';

describe('snippets', () => {
  it('writes the script tags for a widget: theme, entry, element with its built-in content', () => {
    expect(scriptSnippet({ widget: 'quiz', language: 'fr', theme: 'stop' })).toBe(
      '<link rel="stylesheet" href="/vendor/childrensafe/themes/stop.css">\n<script type="module" src="/vendor/childrensafe/cdn/cs-quiz.js"></script>\n\n<cs-quiz quiz="stop-1-quiz" data-cs-theme="stop"></cs-quiz>',
    );
    // The hub theme is the widgets' own default: no stylesheet, no attribute.
    expect(scriptSnippet({ widget: 'quick-exit', language: 'en', theme: 'hub' }, '/js')).toBe(
      '<script type="module" src="/js/cdn/cs-quick-exit.js"></script>\n\n<cs-quick-exit></cs-quick-exit>',
    );
  });

  it('passes a country to the widgets that read one, upper-cased, and to no other', () => {
    expect(scriptSnippet({ widget: 'helpline-finder', language: 'el', theme: 'hub', country: 'gr' })).toContain(
      '<cs-helpline-finder country="GR"></cs-helpline-finder>',
    );
    expect(scriptSnippet({ widget: 'quiz', language: 'el', theme: 'hub', country: 'GR' })).not.toContain('country');
  });

  it('escapes what it writes into attributes', () => {
    expect(iframeSnippet({ widget: 'quiz', language: 'fr', theme: 'hub' }, 'Quiz "<b>" & co')).toContain('title="Quiz &quot;&lt;b>&quot; &amp; co"');
    expect(embedUrl({ widget: 'helpline-finder', language: 'it', theme: 'jericho', country: 'it' })).toBe(
      'https://childrensafe.eu/embed/helpline-finder/?lang=it&theme=jericho&country=IT',
    );
  });

  it('embeds only the widgets that act inside their frame', () => {
    const embedded = (Object.keys(SNIPPET_WIDGETS) as (keyof typeof SNIPPET_WIDGETS)[]).filter((widget) =>
      iframeSnippet({ widget, language: 'en', theme: 'hub' }, 't'),
    );
    expect(embedded).toEqual(['quiz', 'indicator-checklist', 'helpline-finder']);
  });
});
