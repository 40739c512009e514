import { NO_GRAPH_VERSION } from "@/lib/graph/graph-version";

interface Entry<T> {
  value: T;
  bytes: number;
}

/**
 * What this process keeps for the current graph version (lib/graph/graph-version.ts): the one
 * mechanism behind the response cache (cached-read.ts) and the analyses' memo
 * (lib/analysis/cache.ts). Entries are kept for one version at a time, since a version never comes
 * back: the first lookup under a new version drops them all. Bounded by `maxBytes` (what each
 * entry says it weighs), least recently used first out. A graph never written through the app has
 * no version: nothing of it is kept, since nothing would tell when it changed.
 */
export class VersionCache<T> {
  private version: string | null = null;
  // A Map iterates in insertion order: re-inserting on every hit makes its first key the coldest.
  private readonly entries = new Map<string, Entry<T>>();
  private readonly loading = new Map<string, Promise<unknown>>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  /** Bytes held now. */
  get size(): number {
    return this.bytes;
  }

  get count(): number {
    return this.entries.size;
  }

  /** The value kept for `key` under `version`, if any; a new version drops everything older. */
  get(version: string, key: string): T | undefined {
    if (version === NO_GRAPH_VERSION) return undefined;
    return this.touch(version, key)?.value;
  }

  /**
   * Keeps `value` under `version`, evicting the least recently used until it fits. Refused when
   * the version is no longer the current one (an answer read before a newer version was seen) or
   * when the value alone is larger than the whole cache.
   */
  set(version: string, key: string, value: T, bytes: number): boolean {
    if (version === NO_GRAPH_VERSION || version !== this.version || bytes > this.maxBytes) {
      return false;
    }
    this.delete(key);
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [coldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(coldest);
      this.bytes -= entry.bytes;
    }
    return true;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  /**
   * `load()` once for all concurrent callers with the same version and key (single flight): the
   * second caller waits for the first one's promise instead of reading the database again.
   */
  shared<R>(version: string, key: string, load: () => Promise<R>): Promise<R> {
    const flight = `${version}\n${key}`;
    const pending = this.loading.get(flight) as Promise<R> | undefined;
    if (pending) return pending;
    const run = load().finally(() => this.loading.delete(flight));
    this.loading.set(flight, run);
    return run;
  }

  /**
   * `compute()` once per version for `key`, weighed `bytes`; a promise is kept too, so concurrent
   * callers share one run, and dropped if it fails.
   */
  memo(version: string, key: string, compute: () => T, bytes = 0): T {
    if (version === NO_GRAPH_VERSION) return compute();
    const hit = this.touch(version, key);
    if (hit) return hit.value;
    const value = compute();
    this.set(version, key, value, bytes);
    if (value instanceof Promise) {
      value.catch(() => {
        if (this.version === version && this.entries.get(key)?.value === value) this.delete(key);
      });
    }
    return value;
  }

  private touch(version: string, key: string): Entry<T> | undefined {
    this.switchTo(version);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  private switchTo(version: string): void {
    if (this.version === version) return;
    this.version = version;
    this.entries.clear();
    this.bytes = 0;
  }
}
