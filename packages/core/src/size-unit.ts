/**
 * Registers `--_cs-unit`, the length every widget sizes itself from (the host's font size, see
 * @childrensafe/tokens). Registered as a length, it is computed once on the host, so a nested
 * element with its own font size does not scale it again; unregistered (on the server, before
 * the script runs) it would behave as `1em`. Once per page, whichever copy of the library runs first.
 */
export function registerSizeUnit(): void {
  try {
    globalThis.CSS?.registerProperty?.({ name: '--_cs-unit', syntax: '<length>', inherits: true, initialValue: '16px' });
  } catch {
    // Already registered: by another widget bundle on the same page.
  }
}
