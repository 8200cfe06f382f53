/**
 * Loads a page served under the strict Content-Security-Policy (see
 * scripts/strict-csp-middleware.mjs) in an iframe, waits until it is ready, and returns what it
 * recorded.
 */
import { waitUntil } from '@open-wc/testing';

export interface CspPage {
  frame: HTMLIFrameElement;
  policy: string | null;
  violations(): string[];
  /** The page's console warnings and errors, as `warn: …` / `error: …`. */
  consoleMessages(): string[];
  remove(): void;
}

export async function openCspPage(url: string, isReady: (doc: Document) => boolean): Promise<CspPage> {
  const policy = (await fetch(url)).headers.get('content-security-policy');
  const frame = document.createElement('iframe');
  frame.src = url;
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && isReady(frame.contentDocument), `${url} did not get ready`, { timeout: 8000 });
  const win = () => frame.contentWindow as (Window & { cspViolations?: string[]; consoleMessages?: string[] }) | null;
  return {
    frame,
    policy,
    violations: () => [...(win()?.cspViolations ?? ['the page did not load test-support/csp-watch.js'])],
    consoleMessages: () => [...(win()?.consoleMessages ?? ['the page did not load test-support/csp-watch.js'])],
    remove: () => frame.remove(),
  };
}
