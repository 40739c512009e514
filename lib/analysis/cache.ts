import { NO_GRAPH_VERSION } from "@/lib/graph/graph-version";

// One entry per name: the latest version wins, so memory stays bounded as the graph is edited.
const memo = new Map<string, { version: string; value: unknown }>();

/**
 * `compute()` once per graph version (lib/graph/graph-version.ts), which every write through the
 * app changes, text-only edits included. A promise is kept too, so concurrent callers share one
 * run, and dropped if it fails. A graph never written through the app has no version: nothing of
 * it is kept, since nothing would tell when it changed.
 */
export function memoByVersion<T>(name: string, version: string, compute: () => T): T {
  if (version === NO_GRAPH_VERSION) return compute();
  const hit = memo.get(name);
  if (hit && hit.version === version) return hit.value as T;
  const value = compute();
  const entry = { version, value };
  memo.set(name, entry);
  if (value instanceof Promise) {
    value.catch(() => {
      if (memo.get(name) === entry) memo.delete(name);
    });
  }
  return value;
}
