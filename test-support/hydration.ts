/**
 * For browser tests that hydrate server-rendered HTML: the test file imports
 * '@lit-labs/ssr-client/lit-element-hydrate-support.js' first, then uses these.
 */
import { expect } from '@open-wc/testing';
import { setLocale } from '@childrensafe/core';

/**
 * Collects every error the page reports while hydrating: error events, console.error, and
 * rejected promises (a hydration mismatch surfaces as a rejected update, not as an error).
 */
export function captureErrors(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  const consoleError = console.error;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.error = (...args: unknown[]) => errors.push(args);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = consoleError;
    },
  };
}

/**
 * Puts server-rendered HTML (written by a package's SSR test, which `test` runs before
 * `test:browser`) into the page, in the locale it was rendered in, before any element is
 * defined. Returns the element that holds it.
 */
export async function insertServerHtml(url: string, locale: string): Promise<HTMLElement> {
  const response = await fetch(url);
  expect(response.ok, `${url}: run the node tests first, they write the server-rendered HTML`).to.equal(true);
  document.documentElement.lang = locale;
  await setLocale(locale);
  const host = document.createElement('div');
  host.setHTMLUnsafe(await response.text());
  document.body.append(host);
  return host;
}
