import { VersionCache } from "@/lib/graph/version-cache";

// The loaded graph and a few analyses of it: a handful of names, so no byte bound; a new version
// drops them all (lib/graph/version-cache.ts).
const memo = new VersionCache<unknown>(Infinity);

/**
 * `compute()` once per graph version (lib/graph/graph-version.ts), which every write through the
 * app changes, text-only edits included. A promise is kept too, so concurrent callers share one
 * run, and dropped if it fails. A graph never written through the app has no version: nothing of
 * it is kept, since nothing would tell when it changed.
 */
export function memoByVersion<T>(name: string, version: string, compute: () => T): T {
  return memo.memo(version, name, compute) as T;
}
