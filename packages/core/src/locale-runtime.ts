import type { LocaleModule } from '@lit/localize';
import type { configureLocalization } from '@lit/localize/init/runtime.js';
// Core's own strings (content error messages) load with the locale like a widget's.
import { translations as coreTranslations } from './generated/translations.js';
import { SOURCE_LOCALE, TARGET_LOCALES, resolveLocale, type Locale, type TargetLocale } from './locales.js';

export type { LocaleModule };
export type TranslationLoaders = Partial<Record<TargetLocale, () => Promise<LocaleModule>>>;

type Loader = () => Promise<LocaleModule>;
type Templates = LocaleModule['templates'];

/*
 * lit-localize may be configured once per page, yet each widget package ships its own
 * translations. Core owns the single configuration and keeps one merged template table per
 * locale. lit-localize keeps a reference to the table it was given, so a package registering
 * late (its script loaded after the locale was set) is merged into the live table in place.
 */
const registered: TranslationLoaders[] = [coreTranslations];
const tables = new Map<TargetLocale, { templates: Templates; loaded: Set<Loader> }>();
const listeners = new Set<() => void>();
let runtime: ReturnType<typeof configureLocalization> | undefined;
let wanted: Locale = SOURCE_LOCALE;
/** Settles when every translation asked for so far is in place (it never rejects). */
let ready: Promise<void> = Promise.resolve();

function track(work: Promise<unknown>): Promise<void> {
  const settled = work.then(
    () => undefined,
    () => undefined,
  );
  ready = Promise.all([ready, settled]).then(() => undefined);
  return settled;
}

/**
 * lit-localize's runtime, loaded with the first language other than English: an English page
 * never downloads it (`msg()` already answers in English without it).
 */
let loadingRuntime: Promise<ReturnType<typeof configureLocalization>> | undefined;
function lit() {
  loadingRuntime ??= import('@lit/localize/init/runtime.js').then(({ configureLocalization }) => {
    runtime = configureLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales: TARGET_LOCALES,
      loadLocale: async (locale) => ({ templates: await loadTable(locale as TargetLocale) }),
    });
    return runtime;
  });
  return loadingRuntime;
}

async function loadTable(locale: TargetLocale): Promise<Templates> {
  let table = tables.get(locale);
  if (!table) {
    table = { templates: {}, loaded: new Set() };
    tables.set(locale, table);
  }
  const pending = registered.map((r) => r[locale]).filter((l): l is Loader => !!l && !table.loaded.has(l));
  const results = await Promise.allSettled(pending.map((load) => load()));
  results.forEach((result, i) => {
    const loader = pending[i] as Loader;
    table.loaded.add(loader);
    if (result.status === 'fulfilled') Object.assign(table.templates, result.value.templates);
    // A translation file that fails to load leaves those strings in English: the page stays usable.
    else console.warn(`[childrensafe] translations for "${locale}" could not be loaded; showing English.`, result.reason);
  });
  return table.templates;
}

function notify(): void {
  listeners.forEach((listener) => listener());
}

/** Registers a package's translation loaders. Safe to call at any time, before or after a locale is set. */
export function registerTranslations(loaders: TranslationLoaders): void {
  if (registered.includes(loaders)) return;
  registered.push(loaders);
  const current = getLocale();
  if (current !== SOURCE_LOCALE && loaders[current] && tables.has(current)) {
    void track(loadTable(current).then(notify));
  }
}

/** The locale elements render in now. */
export function getLocale(): Locale {
  return (runtime?.getLocale() as Locale | undefined) ?? SOURCE_LOCALE;
}

/**
 * Switches every ChildrenSafe element on the page to a locale. Accepts any language tag
 * (`fr-BE` renders French; an unknown language renders English). Resolves once the
 * translations are in place.
 */
export async function setLocale(tag: string): Promise<Locale> {
  const locale = resolveLocale(tag);
  wanted = locale;
  // English before any other language needs no runtime at all.
  if (locale === SOURCE_LOCALE && !loadingRuntime) {
    notify();
    return SOURCE_LOCALE;
  }
  await track(lit().then((rt) => rt.setLocale(locale)));
  if (wanted === locale) notify();
  return getLocale();
}

/**
 * Resolves once the translations for the current locale, late-registered packages included,
 * are loaded. Elements wait for it before rendering, so they never show English first and
 * never hydrate server-rendered text with strings of another language.
 */
export function translationsReady(): Promise<void> {
  return ready;
}

/** Calls `listener` after each locale change; returns the function that unsubscribes. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let observer: MutationObserver | undefined;

/**
 * Follows the page's language: `<html lang>` now and whenever it changes. Called by every
 * element when it connects; only the first call observes.
 */
export function followDocumentLanguage(doc: Document = document): void {
  if (observer) return;
  const root = doc.documentElement;
  observer = new MutationObserver(() => void setLocale(root.lang));
  observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
  void setLocale(root.lang);
}
