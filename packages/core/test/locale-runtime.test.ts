import { beforeAll, describe, expect, it, vi } from 'vitest';
import { msg } from '@lit/localize';

// lit-localize announces locale changes on `window`; Node has none.
beforeAll(() => {
  (globalThis as { window?: unknown }).window ??= new EventTarget();
});

const { getLocale, onLocaleChange, registerTranslations, setLocale } = await import('../src/locale-runtime.js');

const hello = () => msg('Hello', { id: 'test.hello' });
const bye = () => msg('Goodbye', { id: 'test.bye' });

describe('locale runtime', () => {
  it('starts in English and resolves any tag to a supported locale', async () => {
    expect(getLocale()).toBe('en');
    expect(await setLocale('de-AT')).toBe('en');
  });

  it('merges the translations of every registered package', async () => {
    registerTranslations({ fr: async () => ({ templates: { 'test.hello': 'Bonjour' } }) });
    expect(await setLocale('fr-CA')).toBe('fr');
    expect(hello()).toBe('Bonjour');
    // Core's own strings are registered too.
    expect(msg('x', { id: 'core.error.not-found' })).not.toBe('x');
  });

  it('merges a package registered after the locale was set, and tells the elements', async () => {
    const changed = vi.fn();
    const stop = onLocaleChange(changed);
    expect(bye()).toBe('Goodbye');
    registerTranslations({ fr: async () => ({ templates: { 'test.bye': 'Au revoir' } }) });
    await vi.waitFor(() => expect(bye()).toBe('Au revoir'));
    expect(hello()).toBe('Bonjour');
    expect(changed).toHaveBeenCalled();
    stop();
  });

  it('keeps the other packages’ strings when one translation file fails to load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    registerTranslations({ es: async () => ({ templates: { 'test.hello': 'Hola' } }) });
    registerTranslations({ es: () => Promise.reject(new Error('offline')) });
    expect(await setLocale('es')).toBe('es');
    expect(hello()).toBe('Hola');
    expect(bye()).toBe('Goodbye');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/"es" could not be loaded/), expect.any(Error));
  });

  it('switches back to English', async () => {
    expect(await setLocale('en')).toBe('en');
    expect(hello()).toBe('Hello');
  });
});
