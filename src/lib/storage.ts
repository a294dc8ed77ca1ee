/**
 * Access to the browser's localStorage that never throws. A browser that blocks site data throws on
 * the mere read of `window.localStorage`; a full or failing store throws on write. The builder must
 * keep working either way and tell the reader what happened.
 */
export interface SafeStore {
  /** False when the browser gives this site no storage at all (blocked, or a throwing sandbox). */
  readonly available: boolean;
  read(key: string): string | null;
  /** True if the value was stored; false if the write failed (quota, error). */
  write(key: string, value: string): boolean;
  remove(key: string): void;
}

export function safeStore(getStorage: () => Storage | undefined | null): SafeStore {
  let storage: Storage | undefined;
  try {
    storage = getStorage() ?? undefined;
    // Reading touches the store without writing to it: nothing is stored before the reader opts in.
    if (storage) void storage.length;
  } catch {
    storage = undefined;
  }
  return {
    available: storage !== undefined,
    read(key) {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      if (!storage) return false;
      try {
        storage.setItem(key, value);
        return true;
      } catch {
        try {
          storage.removeItem(key);
        } catch {
          /* nothing more to do */
        }
        return false;
      }
    },
    remove(key) {
      try {
        storage?.removeItem(key);
      } catch {
        /* blocked storage holds nothing to remove */
      }
    },
  };
}
