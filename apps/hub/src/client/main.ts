/**
 * The hub's one client entry. It hydrates the widgets the server marked `data-hydrate` (the
 * interactive ones; a module card is a link and text, complete as the server wrote it): each
 * gets the document the server used (from the page's JSON), its content kind is provided, then
 * only the widgets this page shows are loaded. Lit and core are shared by all of them.
 */
// Hydration support must be evaluated before Lit defines any element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { provideContentKind, setLocale } from '@childrensafe/core';

const WIDGETS: Record<string, () => Promise<unknown>> = {
  'cs-helpline-finder': () => import('@childrensafe/helpline-finder/define'),
  'cs-quick-exit': () => import('@childrensafe/quick-exit/define'),
};

const KINDS: Record<string, () => Promise<Parameters<typeof provideContentKind>[0]>> = {
  'helpline-directory': () => import('@childrensafe/content/helplines').then((m) => m.helplineDirectories as never),
};

async function hydrate(): Promise<void> {
  const data = JSON.parse(document.getElementById('cs-content')?.textContent || '{}') as Record<string, unknown>;
  const widgets = [...document.querySelectorAll<HTMLElement & { content?: unknown }>('[data-hydrate]')];
  const kinds = new Set<string>();
  // The server rendered from a property, with the kind at hand: the first client render must
  // be the same, or it would be "Loading…" and not match.
  for (const el of widgets.filter((w) => w.dataset.content)) {
    el.content = data[el.dataset.content!];
    kinds.add(el.dataset.content!.split(':')[0]!);
  }
  await Promise.all([setLocale(document.documentElement.lang), ...[...kinds].map(async (kind) => provideContentKind(await KINDS[kind]!()))]);
  await Promise.all([...new Set(widgets.map((el) => el.localName))].map((tag) => WIDGETS[tag]!()));
}

void hydrate();
