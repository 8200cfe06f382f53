// Test page script for pages/hydrate.html: the server-rendered Greek quick exit (written by
// quick-exit.ssr.test.ts), hydrated in the page the way the hub does it. The server's button is
// kept as `window.serverButton`, and exits are reported to the test (see report.js).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { setLocale } from '@childrensafe/core';
// @ts-expect-error a plain JavaScript test helper, without types
import { reportExits } from './report.js';

const response = await fetch('/packages/quick-exit/reports/ssr/quick-exit.el.html');
await setLocale('el');
const host = document.createElement('div');
host.setHTMLUnsafe(await response.text());
document.body.prepend(host);
const exit = host.querySelector('cs-quick-exit') as HTMLElement;
(window as unknown as { serverButton?: Element | null }).serverButton = exit.shadowRoot?.querySelector('[part="button"]');
reportExits(exit);
await import('../../src/define.js');
