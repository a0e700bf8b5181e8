/** A data key, or null: the person's key is erased. */
export type CachedKey = Buffer | null;

export interface KeyCacheOptions {
  /** Most keys held; the least recently used goes first (default 10 000). */
  readonly maxEntries?: number;
  /**
   * How long a live key is trusted before the vault is asked again (default 30 s): the longest
   * an erasure made by another process can take to reach this one if this one never reads the
   * `PersonalDataErased` event meanwhile. An erased key is cached for good: erasure is final.
   */
  readonly ttlMs?: number;
  readonly now?: () => number;
}

interface Entry {
  readonly key: CachedKey;
  readonly expiresAt: number;
}

export const DEFAULT_KEY_TTL_MS = 30_000;

/** The process's unwrapped data keys, by tenant and person: bounded, expiring, dropped on erasure. */
export class KeyCache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: KeyCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.ttlMs = options.ttlMs ?? DEFAULT_KEY_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  /** The cached key (null: erased), or undefined when unknown or expired. */
  get(tenant: string, person: string): CachedKey | undefined {
    const id = idOf(tenant, person);
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    this.entries.delete(id);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(id, entry); // most recently used last
    return entry.key;
  }

  set(tenant: string, person: string, key: CachedKey): void {
    const id = idOf(tenant, person);
    this.entries.delete(id);
    this.entries.set(id, { key, expiresAt: key === null ? Infinity : this.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** The person is erased: no live key of theirs stays in this process. */
  erased(tenant: string, person: string): void {
    this.set(tenant, person, null);
  }

  get size(): number {
    return this.entries.size;
  }
}

const idOf = (tenant: string, person: string) => `${tenant}\u0000${person}`;
