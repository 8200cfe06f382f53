import { describe, expect, it } from 'vitest';
import { LANGUAGES, MENU, NOT_FOUND, PAGES, STOP_MODULES, alternates, modulePageOf, pageById, pageFile, pageUrl, sitemap, textIds } from '../src/site.js';

describe('the hub’s map', () => {
  it('has every page of the hub, in the five languages', () => {
    expect(LANGUAGES).toEqual(['en', 'fr', 'es', 'el', 'it']);
    expect(PAGES.map((p) => pageUrl(p, 'el'))).toEqual([
      '/el/',
      '/el/training/',
      '/el/training/stop-1/',
      '/el/training/stop-2/',
      '/el/training/stop-3/',
      '/el/indicators/',
      '/el/helplines/',
      '/el/young-people/',
      '/el/about/',
      '/el/partners/',
    ]);
  });

  it('lists the pages with a menu entry, a module’s page under training', () => {
    expect(MENU.map((p) => p.id)).toEqual(['home', 'training', 'indicators', 'helplines', 'young-people', 'about']);
    expect(STOP_MODULES.map((m) => modulePageOf(m).parent)).toEqual(['training', 'training', 'training']);
    expect(() => modulePageOf('stop-9')).toThrow('no page for module "stop-9"');
    expect(() => pageById('nowhere')).toThrow('no page "nowhere"');
  });

  it('reads one text per kind of page, the module pages sharing one', () => {
    expect(textIds()).toEqual(['home', 'training', 'module', 'indicators', 'helplines', 'young-people', 'about', 'partners', 'not-found']);
  });

  it('writes each page as a folder’s index, and the 404 as a file', () => {
    expect(pageFile(pageById('home'), 'fr')).toBe('fr/index.html');
    expect(pageFile(modulePageOf('stop-2'), 'it')).toBe('it/training/stop-2/index.html');
    expect(pageFile(NOT_FOUND, 'es')).toBe('es/404.html');
  });

  it('names the same page in every language', () => {
    expect(alternates(pageById('helplines'))).toEqual(LANGUAGES.map((language) => ({ language, url: `/${language}/helplines/` })));
  });

  it('lists every page in every language in the sitemap, each with its alternates', () => {
    const xml = sitemap('https://hub.example/');
    expect(xml.match(/<loc>/g)).toHaveLength(PAGES.length * LANGUAGES.length);
    expect(xml).toContain('<loc>https://hub.example/fr/training/stop-3/</loc>');
    expect(xml.match(/hreflang="el" href="https:\/\/hub.example\/el\/"/g)).toHaveLength(LANGUAGES.length);
    expect(xml).not.toContain('404');
  });
});
