import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentKind, ContentLanguage } from '@childrensafe/content';
import { ContentController, provideContentKind, type ContentInputs } from '../src/content-controller.js';
import type { CsElement } from '../src/cs-element.js';
import type { CsErrorDetail } from '../src/cs-error.js';
import { setLocale } from '../src/locale-runtime.js';

/*
 * The content controller on its own, with a host that records what the element would see, a
 * kind whose documents are `{ title }`, and `fetch` replaced: how many requests it makes, which
 * load wins, what is aborted, and what a locale change loads.
 */
// lit-localize announces a locale change on `window`, which Node has not.
(globalThis as { window?: unknown }).window ??= new EventTarget();

interface Doc {
  title: string;
}

/** Waits until `check` passes: the first load imports the loader module, which takes a moment. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 5 });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function testKind(name: string) {
  const loads: { id: string; language?: ContentLanguage }[] = [];
  const kind: ContentKind<Doc> = {
    kind: name,
    parse: (input) =>
      input && typeof (input as Doc).title === 'string'
        ? { ok: true, value: input as Doc }
        : { ok: false, problems: [{ path: 'title', message: 'expected a title' }] as never },
    builtinIds: ['intro'],
    builtinParts: () => [],
    loadBuiltin: async (id, language) => {
      loads.push({ id, language });
      return { title: `${id} (${language ?? 'en'})` };
    },
  };
  return { kind, loads };
}

function testHost() {
  const events: CsErrorDetail[] = [];
  const host = {
    isConnected: true,
    localName: 'cs-test',
    updates: 0,
    addController: () => {},
    requestUpdate() {
      this.updates++;
    },
    dispatchEvent: (event: Event) => {
      events.push((event as CustomEvent<CsErrorDetail>).detail);
      return true;
    },
  };
  return { host, events };
}

function controller(kindName: string, kind: ContentKind<Doc>, inputs: () => ContentInputs) {
  const { host, events } = testHost();
  const source = new ContentController<Doc>(host as unknown as CsElement, kindName, async () => kind, inputs);
  return { source, host, events };
}

/** A fetch whose responses the test sends, in any order. */
function controlledFetch() {
  const calls: { url: string; signal: AbortSignal; respond(body: unknown, status?: number): void }[] = [];
  const fetch = vi.fn(
    (url: string, init: RequestInit) =>
      new Promise<Response>((resolve) => {
        calls.push({ url, signal: init.signal as AbortSignal, respond: (body, status = 200) => resolve(new Response(JSON.stringify(body), { status })) });
      }),
  );
  vi.stubGlobal('fetch', fetch);
  return calls;
}

beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ContentController', () => {
  it('requests a src once per change of its inputs, not once per render', async () => {
    const calls = controlledFetch();
    let src = '/a.json';
    const { source } = controller('test-requests', testKind('test-requests').kind, () => ({ src }));
    source.update();
    source.update();
    await until(() => expect(calls).toHaveLength(1));
    await settle();
    expect(calls.map((c) => c.url)).toEqual(['/a.json']);
    expect(source.state).toEqual({ status: 'loading' });
    calls[0]!.respond({ title: 'A' });
    await until(() => expect(source.state).toEqual({ status: 'ready', value: { title: 'A' } }));
    source.update();
    await settle();
    expect(calls).toHaveLength(1);
    src = '/b.json';
    source.update();
    await until(() => expect(calls.map((c) => c.url)).toEqual(['/a.json', '/b.json']));
  });

  it('lets the newest load win: the older request is aborted, and its late answer is dropped', async () => {
    const calls = controlledFetch();
    let src = '/old.json';
    const { source, host } = controller('test-race', testKind('test-race').kind, () => ({ src }));
    source.update();
    await until(() => expect(calls).toHaveLength(1));
    src = '/new.json';
    source.update();
    await until(() => expect(calls).toHaveLength(2));
    expect(calls[0]!.signal.aborted, 'the first request is aborted').toBe(true);
    expect(calls[1]!.signal.aborted).toBe(false);
    calls[1]!.respond({ title: 'new' });
    await until(() => expect(source.state).toEqual({ status: 'ready', value: { title: 'new' } }));
    const updates = host.updates;
    calls[0]!.respond({ title: 'old' });
    await settle();
    expect(source.state).toEqual({ status: 'ready', value: { title: 'new' } });
    expect(host.updates, 'the late answer asks for no render').toBe(updates);
  });

  it('loads a built-in document again in the new language, keeping the old one shown meanwhile', async () => {
    const { kind, loads } = testKind('test-locale');
    const { source } = controller('test-locale', kind, () => ({ builtin: 'intro' }));
    source.update();
    await until(() => expect(source.state).toEqual({ status: 'ready', value: { title: 'intro (en)' } }));
    expect(await setLocale('fr')).toBe('fr');
    try {
      source.update();
      expect(source.state.status, 'no loading flash').toBe('ready');
      expect(source.pending).toBe(true);
      await until(() => expect(source.state).toEqual({ status: 'ready', value: { title: 'intro (fr)' } }));
      expect(source.pending).toBe(false);
      expect(loads).toEqual([
        { id: 'intro', language: 'en' },
        { id: 'intro', language: 'fr' },
      ]);
    } finally {
      await setLocale('en');
    }
  });

  it('shows an object of a kind at hand at once, with no request and no loading state', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { kind } = testKind('test-at-hand');
    provideContentKind(kind as ContentKind<unknown>);
    const { source } = controller('test-at-hand', kind, () => ({ content: { title: 'given' } }));
    source.update();
    expect(source.state).toEqual({ status: 'ready', value: { title: 'given' } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing document', () => ({ status: 404, body: {} }), 'content-not-found'],
    ['a server error', () => ({ status: 500, body: {} }), 'content-fetch-failed'],
    ['a document of the wrong shape', () => ({ status: 200, body: { name: 'x' } }), 'content-invalid'],
  ])('turns %s into an error state and one cs-error', async (_name, answer, code) => {
    const calls = controlledFetch();
    const { source, events } = controller('test-errors', testKind('test-errors').kind, () => ({ src: '/doc.json' }));
    source.update();
    await until(() => expect(calls).toHaveLength(1));
    const { status, body } = answer();
    calls[0]!.respond(body, status);
    await until(() => expect(source.state.status).toBe('error'));
    expect(source.state).toMatchObject({ status: 'error', error: { code, source: '/doc.json' } });
    expect(events.map((e) => e.code)).toEqual([code]);
  });

  it('turns a network failure and an unknown built-in id into errors, never a throw', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    const network = controller('test-network', testKind('test-network').kind, () => ({ src: '/doc.json' }));
    network.source.update();
    await until(() => expect(network.events.map((e) => e.code)).toEqual(['content-fetch-failed']));
    const unknown = controller('test-unknown', testKind('test-unknown').kind, () => ({ builtin: 'nope' }));
    unknown.source.update();
    await until(() => expect(unknown.events.map((e) => e.code)).toEqual(['content-not-found']));
  });

  it('aborts the load when the element leaves the page, and loads again when it comes back', async () => {
    const calls = controlledFetch();
    const { source } = controller('test-disconnect', testKind('test-disconnect').kind, () => ({ src: '/doc.json' }));
    source.update();
    await until(() => expect(calls).toHaveLength(1));
    source.hostDisconnected();
    expect(calls[0]!.signal.aborted).toBe(true);
    source.update();
    await until(() => expect(calls).toHaveLength(2));
  });
});
