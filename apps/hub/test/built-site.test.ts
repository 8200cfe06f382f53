/**
 * The built site (dist/, written by `npm run build`), read as a crawler or a browser without
 * JavaScript would: every page in every language, its head, its landmarks, its widgets as
 * declarative shadow DOM, and the policy the host is told to send.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, NOT_FOUND, PAGES, absoluteUrl, pageById, pageFile, pageUrl, type PageEntry } from '../src/site.js';

const dist = new URL('../dist/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dist), 'utf8');
/** Where the build was told the hub is published (HUB_ORIGIN): robots.txt names it. */
const origin = new URL(read('robots.txt').match(/^Sitemap: (.+)$/m)![1]!).origin;
/** The text a reader sees without JavaScript: tags, comments and the JSON script removed. */
const visible = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style>[\s\S]*?<\/style>|<!--[\s\S]*?-->|<\?>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
/** The schema of each kind a page hands its widgets. */
async function schemas() {
  const { helplineDirectorySchema, indicatorSetSchema, quizSchema, moduleSchema } = await import('@childrensafe/content');
  return { 'helpline-directory': helplineDirectorySchema, 'indicator-set': indicatorSetSchema, quiz: quizSchema, module: moduleSchema } as Record<
    string,
    Parameters<typeof import('@childrensafe/content').parseWith>[0]
  >;
}

const json = (url: URL) => JSON.parse(readFileSync(url, 'utf8'));
/** The title and description a page must carry: its text file's, or for a module's page the module's own. */
const expected = (page: PageEntry) => {
  if (!page.module) return json(new URL(`../content/pages/${page.id}.json`, import.meta.url));
  const module = json(new URL(`../../../packages/content/data/modules/${page.module}.json`, import.meta.url));
  return { title: module.title, description: module.summary };
};

describe('the built hub', () => {
  const pages = LANGUAGES.flatMap((language) => [...PAGES, NOT_FOUND].map((page) => ({ language, page, html: read(pageFile(page, language)) })));

  it.each(pages.map((p) => [pageFile(p.page, p.language), p]))(
    '%s: language, one h1, title, description, skip link, quick exit',
    (_file, { language, page, html }) => {
      expect(html).toMatch(new RegExp(`<html lang="${language}"`));
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      const text = expected(page);
      expect(visible(html.match(/<h1>[\s\S]*?<\/h1>/)?.[0] ?? '').trim()).toBe(text.title[language]);
      expect(html).toContain(`<meta name="description" content="${text.description[language].replace(/"/g, '&quot;')}">`);
      expect(html).toMatch(/<a class="skip-link" href="#main">/);
      expect(html).toMatch(/<main id="main"/);
      expect(html).toMatch(/<cs-quick-exit[^>]*>\s*<template shadowroot="open" shadowrootmode="open">/);
    },
  );

  it.each(pages.filter((p) => p.page !== NOT_FOUND).map((p) => [pageFile(p.page, p.language), p]))(
    '%s: alternates in every language and a switcher that stays on the page',
    (_file, { language, page, html }) => {
      for (const other of LANGUAGES) {
        expect(html).toContain(`<link rel="alternate" hreflang="${other}" href="${absoluteUrl(pageUrl(page, other), origin)}">`);
        expect(html).toMatch(new RegExp(`<a href="${pageUrl(page, other)}" hreflang="${other}" lang="${other}"`));
      }
      expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${origin}/">`);
      expect(html).toContain(`<link rel="canonical" href="${absoluteUrl(pageUrl(page, language), origin)}">`);
    },
  );

  it.each(LANGUAGES.map((l) => [l]))('%s 404 page: kept out of search engines, with no canonical address', (language) => {
    const html = read(pageFile(NOT_FOUND, language));
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toMatch(/rel="(canonical|alternate)"/);
  });

  it.each(LANGUAGES.map((l) => [l]))('%s home: the module cards and the finder are in the HTML, numbers as tel: links', (language) => {
    const html = read(pageFile(pageById('home'), language));
    expect(html.match(/<cs-module-card[^>]*>\s*<template shadowroot="open"/g)).toHaveLength(3);
    expect(html).toMatch(/<cs-helpline-finder[^>]*>\s*<template shadowroot="open"/);
    expect(html).toContain('href="tel:112"');
    expect(html).not.toMatch(/Open now, closes|Closed, opens/);
    // JERICHO's section leads on to the page for young people, in the same language.
    expect(html).toMatch(
      new RegExp(
        `<section class="section" aria-labelledby="young-people-title">(?:(?!</section>)[\\s\\S])*?<a href="${pageUrl(pageById('young-people'), language)}">`,
      ),
    );
    // The widgets hydrate with the documents the server used, in the page's language and English only.
    const json = JSON.parse(html.match(/<script type="application\/json" id="cs-content">([\s\S]*?)<\/script>/)?.[1] ?? '{}');
    expect(Object.keys(json)).toEqual(['helpline-directory:europe']);
    const languages = new Set(json['helpline-directory:europe'].helplines.flatMap((h: { name: object }) => Object.keys(h.name)));
    expect([...languages].sort()).toEqual([...new Set(['en', language])].sort());
    // Cards are complete as HTML and not hydrated; the finder and the quick exit are.
    const hydrated = [...html.matchAll(/<(cs-[a-z-]+)\s[^>]*\bdata-hydrate\b/g)].map((m) => m[1]);
    expect(hydrated.sort()).toEqual(['cs-helpline-finder', 'cs-quick-exit']);
  });

  it('gives each hydrated widget the very value its schema gives the server (the browser does not parse it again)', async () => {
    const { parseWith } = await import('@childrensafe/content');
    const byKind = await schemas();
    for (const { html } of pages) {
      const data = JSON.parse(html.match(/<script type="application\/json" id="cs-content">([\s\S]*?)<\/script>/)?.[1] ?? '{}') as Record<string, unknown>;
      for (const [key, document] of Object.entries(data)) {
        const result = parseWith(byKind[key.split(':')[0]!]!, document);
        expect(result.ok ? result.value : result.problems, key).toEqual(document);
      }
    }
  });

  it('says the helplines’ numbers without JavaScript, on the helplines page of each language', () => {
    for (const language of LANGUAGES) {
      const html = read(pageFile(pageById('helplines'), language));
      for (const dial of ['112', '116000', '116111']) expect(html).toContain(`href="tel:${dial}"`);
      expect(visible(html)).toContain('112');
    }
  });

  it('runs no inline script, and allows inline styles only by their hash', () => {
    const rules = JSON.parse(read('headers.json')) as { path: string; headers: Record<string, string> }[];
    const csp = rules.find((rule) => rule.path === '/*')!.headers['Content-Security-Policy']!;
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    for (const { html } of pages) {
      for (const script of html.match(/<script\b[^>]*>/g) ?? []) expect(script).toMatch(/type="(module|application\/json)"/);
      expect(html).not.toMatch(/<script type="module">/);
      expect(html).not.toMatch(/\son[a-z]+=/);
      for (const [, style] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
        expect(csp).toContain(`'sha256-${createHash('sha256').update(style!).digest('base64')}'`);
      }
    }
    expect(read('_headers')).toContain(`/en/*\n  Content-Security-Policy: ${csp}`);
    // The embed pages alone may be framed, by any site; their policy is otherwise the same.
    const embed = rules.find((rule) => rule.path === '/embed/*')!.headers['Content-Security-Policy']!;
    expect(embed).toBe(csp.replace("frame-ancestors 'none'", 'frame-ancestors *'));
    expect(read('_headers')).toContain(`/embed/*\n  Content-Security-Policy: ${embed}`);
    // One rule per path: hosts merge every rule that matches, and two policies would both apply.
    const paths = [...read('_headers').matchAll(/^(\/\S*)$/gm)].map(([, path]) => path!);
    expect(paths.filter((path) => path.endsWith('*')).every((wild) => !paths.some((other) => other !== wild && other.startsWith(wild.slice(0, -1))))).toBe(
      true,
    );
  });

  it('lets the reader choose a language at the root, and points crawlers to every version', () => {
    const root = read('index.html');
    for (const language of LANGUAGES) {
      expect(root).toContain(`<link rel="alternate" hreflang="${language}" href="${origin}/${language}/">`);
      expect(root).toMatch(new RegExp(`<a href="/${language}/" hreflang="${language}">`));
    }
    expect(read('sitemap.xml').match(/<loc>/g)).toHaveLength(PAGES.length * LANGUAGES.length);
    expect(read('robots.txt')).toMatch(/^Sitemap: https:\/\/.+\/sitemap\.xml$/m);
    expect(read('404.html')).toBe(read('en/404.html'));
  });
});
