import { describe, expect, it } from 'vitest';
import { LANGUAGES, NOT_FOUND, PAGES, alternates, pageFile, pageUrl, sitemap } from '../src/site.js';

describe('the hub’s map', () => {
  it('has a home and the helplines in the five languages', () => {
    expect(LANGUAGES).toEqual(['en', 'fr', 'es', 'el', 'it']);
    expect(PAGES.map((p) => pageUrl(p, 'el'))).toEqual(['/el/', '/el/helplines/']);
  });

  it('writes each page as a folder’s index, and the 404 as a file', () => {
    expect(pageFile(PAGES[0]!, 'fr')).toBe('fr/index.html');
    expect(pageFile(PAGES[1]!, 'it')).toBe('it/helplines/index.html');
    expect(pageFile(NOT_FOUND, 'es')).toBe('es/404.html');
  });

  it('names the same page in every language', () => {
    expect(alternates(PAGES[1]!)).toEqual(LANGUAGES.map((language) => ({ language, url: `/${language}/helplines/` })));
  });

  it('lists every page in every language in the sitemap, each with its alternates', () => {
    const xml = sitemap('https://hub.example/');
    expect(xml.match(/<loc>/g)).toHaveLength(PAGES.length * LANGUAGES.length);
    expect(xml).toContain('<loc>https://hub.example/fr/helplines/</loc>');
    expect(xml.match(/hreflang="el" href="https:\/\/hub.example\/el\/"/g)).toHaveLength(LANGUAGES.length);
    expect(xml).not.toContain('404');
  });
});
