import { VERSION } from './version.js';

const VERSION_KEY = Symbol.for('childrensafe.version');

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Registers a custom element once. A page may load two copies of the library (a partner's
 * bundle and the CDN build, say): the second registration of a tag would throw and break the
 * page, so it warns with both versions instead and the first copy keeps the tag.
 *
 * Returns true when this call defined the tag.
 */
export function defineElement(
  tag: string,
  element: CustomElementConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): boolean {
  if (!registry) return false; // no DOM (server rendering without a shim): nothing to register
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing !== element) {
      console.warn(
        `[childrensafe] <${tag}> is already defined by version ${existing[VERSION_KEY] ?? 'unknown'}; ` +
          `this copy (version ${VERSION}) was not registered. Load the library once per page.`,
      );
    }
    return false;
  }
  (element as Versioned)[VERSION_KEY] = VERSION;
  registry.define(tag, element);
  return true;
}
