/**
 * For Node tests that render a widget on the server with @lit-labs/ssr, in a locale, and keep
 * the HTML in reports/ssr/ for the browser test that hydrates it.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';

// lit-localize announces locale changes on `window`, which the DOM shim does not provide.
(globalThis as { window?: unknown }).window ??= new EventTarget();

/** Renders `template` in `locale`, writes it to reports/ssr/<name>.<locale>.html, returns it. */
export async function renderInLocale(template: () => TemplateResult, locale: string, name: string): Promise<string> {
  const { setLocale } = await import('@childrensafe/core');
  await setLocale(locale);
  const out = await collectResult(render(template()));
  await mkdir('reports/ssr', { recursive: true });
  await writeFile(`reports/ssr/${name}.${locale}.html`, out);
  return out;
}

/** The text of rendered HTML, without Lit's markers, white space folded. */
export const textOf = (html: string): string => html.replace(/<!--[^>]*-->|<\?>/g, '').replace(/\s+/g, ' ');
