/**
 * The hub's one client entry. It hydrates the widgets the server marked `data-hydrate` (the
 * interactive ones; a module card is a link and text, complete as the server wrote it): each
 * gets the document the server used (from the page's JSON), then only the widgets this page
 * shows are loaded. Lit and core are shared by all of them. The quick exit is hydrated at once
 * (its keyboard shortcut must work from the first second); the others as they come near the
 * screen, so a long page loads only what the reader reaches (their server HTML, links and
 * numbers included, works before).
 *
 * The documents were validated when the site was built, by the same schemas the widgets use
 * (the build stops on any problem), and they travel inside the page itself: the browser does
 * not download the schemas to check them a second time. Each widget is given its kind as one
 * that takes the build's word for it, so its first render is the server's.
 */
// Hydration support must be evaluated before Lit defines any element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { provideContentKind, setLocale } from '@childrensafe/core';
import { WIDGET_LOADERS } from './widget-loaders.js';

/** A kind of the build's documents: already valid, so parsing gives them back as they are. */
function validatedAtBuild(kind: string): Parameters<typeof provideContentKind>[0] {
  return {
    kind,
    parse: (input: unknown) => ({ ok: true, value: input }),
    builtinIds: [],
    builtinParts: () => [],
    loadBuiltin: (id: string) => Promise.reject(new RangeError(`the hub ships no built-in ${kind} "${id}" to the browser`)),
  };
}

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
  for (const kind of kinds) provideContentKind(validatedAtBuild(kind));
  await setLocale(document.documentElement.lang);
  const load = (tag: string) => WIDGET_LOADERS[tag]!();
  const nearScreen = new IntersectionObserver(
    (entries) => {
      for (const entry of entries.filter((e) => e.isIntersecting)) {
        nearScreen.unobserve(entry.target);
        void load(entry.target.localName);
      }
    },
    { rootMargin: '50% 0px' },
  );
  for (const el of widgets) {
    if (el.localName === 'cs-quick-exit') void load(el.localName);
    else nearScreen.observe(el);
  }
}

void hydrate();

// The partners page's snippet builder: its code is only fetched there.
const builder = document.querySelector<HTMLFormElement>('form.snippet-builder');
if (builder) void import('./snippet-builder.js').then(({ enhanceSnippetBuilder }) => enhanceSnippetBuilder(builder));
