import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineElement } from '../src/define.js';

/** A registry with the real one's contract: defining a taken name throws. */
function fakeRegistry(): CustomElementRegistry {
  const map = new Map<string, CustomElementConstructor>();
  return {
    get: (name: string) => map.get(name),
    define(name: string, ctor: CustomElementConstructor) {
      if (map.has(name)) throw new DOMException(`"${name}" has already been used`, 'NotSupportedError');
      map.set(name, ctor);
    },
  } as unknown as CustomElementRegistry;
}

class First {}
class Second {}

describe('defineElement', () => {
  afterEach(() => vi.restoreAllMocks());

  it('registers a free tag', () => {
    const registry = fakeRegistry();
    expect(defineElement('cs-x', First as never, registry)).toBe(true);
    expect(registry.get('cs-x')).toBe(First);
  });

  it('warns with both versions and does not throw when the tag is taken by another copy', () => {
    const registry = fakeRegistry();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    defineElement('cs-x', First as never, registry);
    (Second as unknown as Record<symbol, string>)[Symbol.for('childrensafe.version')] = 'other';
    expect(() => defineElement('cs-x', Second as never, registry)).not.toThrow();
    expect(registry.get('cs-x')).toBe(First);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(/<cs-x> is already defined by version test; this copy \(version test\)/);
  });

  it('is silent when the same class is defined twice (a module evaluated once, imported twice)', () => {
    const registry = fakeRegistry();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    defineElement('cs-y', First as never, registry);
    expect(defineElement('cs-y', First as never, registry)).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('does nothing without a registry (server rendering)', () => {
    expect(defineElement('cs-z', First as never, undefined)).toBe(false);
  });
});
