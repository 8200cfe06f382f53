import { describe, expect, it } from 'vitest';
import { linkScheme, safeHref } from '../src/safe-url.js';

describe('the link rule', () => {
  it.each([
    ['https://example.org/a?b=c', 'https:'],
    ['http://example.org', 'http:'],
    ['HTTPS://EXAMPLE.ORG/', 'https:'],
    ['mailto:help@example.org', 'mailto:'],
    ['tel:+33123456789', 'tel:'],
    ['/helplines/', 'relative'],
    ['helplines.html', 'relative'],
    ['../fr/', 'relative'],
    ['#helplines', 'relative'],
    ['?country=FR', 'relative'],
    ['//partner.example/helplines', 'relative'],
  ])('follows %s as %s', (href, scheme) => {
    expect(linkScheme(href)).toBe(scheme);
    expect(safeHref(href)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript\r:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/x',
    'http://[broken',
  ])('refuses %j', (href) => {
    expect(safeHref(href)).toBeNull();
  });

  it('gives no link for nothing: no string, an empty one, spaces', () => {
    for (const href of [undefined, null, 42, {}, '', '   ']) expect(safeHref(href)).toBeNull();
  });

  it('trims what it keeps, as the browser would', () => {
    expect(safeHref('  https://example.org/ ')).toBe('https://example.org/');
  });

  it('narrows to some schemes, with or without relative URLs', () => {
    const httpOnly = { schemes: new Set(['https:', 'http:']) };
    expect(safeHref('mailto:a@example.org', httpOnly)).toBeNull();
    expect(safeHref('/exit', httpOnly)).toBe('/exit');
    expect(safeHref('/exit', { relative: false })).toBeNull();
    expect(safeHref('https://example.org', { relative: false })).toBe('https://example.org');
  });
});
