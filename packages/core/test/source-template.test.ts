import { describe, expect, it } from 'vitest';
import { sourceSite } from '../src/source-template.js';

describe('sourceSite: a source named by its site', () => {
  it.each([
    ['https://www.service-public.fr/particuliers/vosdroits/F781', 'service-public.fr'],
    ['https://procmin-palermo.giustizia.it/it/esempio_servizio.page', 'procmin-palermo.giustizia.it'],
    ['https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:codice.procedura.penale:1988-09-22;447~art331', 'normattiva.it'],
    ['https://wwwx.example.org/', 'wwwx.example.org'],
  ])('%s → %s', (url, site) => expect(sourceSite(url)).toBe(site));

  it('keeps what is not a URL as it is, rather than throwing', () => {
    expect(sourceSite('not a url')).toBe('not a url');
  });
});
