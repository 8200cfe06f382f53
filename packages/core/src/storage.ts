/**
 * The library stores nothing unless an element's page opts in (`persist`). What it stores
 * lives under one prefix so that the quick exit, or the page, can remove all of it at once.
 */
export const STORAGE_PREFIX = 'childrensafe:';

function local(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // storage disabled by the browser or a sandboxed iframe
  }
}

export interface NamespacedStorage {
  read(key: string): unknown;
  write(key: string, value: unknown): boolean;
  remove(key: string): void;
}

/**
 * Storage under `childrensafe:<namespace>:`. Values are JSON; a value that cannot be read back
 * (corrupt, or written by another version) reads as undefined rather than throwing.
 */
export function namespacedStorage(namespace: string, storage: Storage | undefined = local()): NamespacedStorage {
  const full = (key: string) => `${STORAGE_PREFIX}${namespace}:${key}`;
  return {
    read(key) {
      const raw = storage?.getItem(full(key));
      if (raw == null) return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      try {
        storage?.setItem(full(key), JSON.stringify(value));
        return storage !== undefined;
      } catch {
        return false; // quota exceeded or storage blocked: the widget keeps working without it
      }
    },
    remove(key) {
      storage?.removeItem(full(key));
    },
  };
}

/** Removes every key the library stored, in local and session storage; other keys stay. */
export function clearStoredData(stores: (Storage | undefined)[] = [local(), session()]): number {
  let removed = 0;
  for (const store of stores) {
    if (!store) continue;
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
    }
    keys.forEach((key) => store.removeItem(key));
    removed += keys.length;
  }
  return removed;
}

function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}
