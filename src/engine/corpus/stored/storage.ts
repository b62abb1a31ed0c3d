/**
 * Where a stored index keeps its parts: a small key-value interface the engine defines and
 * the hosts implement (in memory here; files for the CLI; IndexedDB in the extension).
 * Values are structured-cloneable: JSON-like data, Maps and typed arrays.
 */
export interface IndexStorage {
  /** The values of `keys`, in order; undefined where a key holds nothing. */
  get(keys: readonly string[]): Promise<Array<unknown>>;
  /** Writes every entry together (undefined deletes the key): all of them or, on failure, none. */
  put(entries: ReadonlyArray<readonly [key: string, value: unknown]>): Promise<void>;
}

/** In memory: for tests, and to count what a query reads. */
export class MemoryStorage implements IndexStorage {
  readonly values = new Map<string, unknown>();
  /** Every key read, in order, since the last reset. */
  reads: string[] = [];

  async get(keys: readonly string[]): Promise<Array<unknown>> {
    this.reads.push(...keys);
    return keys.map((key) => this.values.get(key));
  }

  async put(entries: ReadonlyArray<readonly [string, unknown]>): Promise<void> {
    for (const [key, value] of entries) {
      if (value === undefined) this.values.delete(key);
      else this.values.set(key, value);
    }
  }
}
