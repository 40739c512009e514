import { createHash } from "node:crypto";
import { passageIdsOf, type SignedGraph } from "@/lib/analysis/types";

/**
 * A graph's version is a hash of everything the analyses read: actor ids, names and kinds, and each
 * relationship's id, endpoints, family, weight, dates and passages. Any edit through the seed loader
 * or the admin tools changes it, so results are recomputed exactly when the graph changes, with no
 * counter to keep in step across processes.
 */
export function graphVersion(graph: SignedGraph): string {
  const hash = createHash("sha256");
  for (const a of graph.actors) hash.update(`A|${a.id}|${a.name}|${a.kind}\n`);
  for (const r of graph.relationships) {
    hash.update(
      `R|${r.id}|${r.source}|${r.target}|${r.family}|${r.kind}|${r.weight}|${r.date?.start ?? null}|${r.date?.end ?? null}|${passageIdsOf(r).join(",")}\n`,
    );
  }
  return hash.digest("hex").slice(0, 16);
}

// One entry per analysis: the latest version wins, so memory stays bounded as the graph is edited.
const memo = new Map<string, { version: string; value: unknown }>();

export function memoByVersion<T>(name: string, version: string, compute: () => T): T {
  const hit = memo.get(name);
  if (hit && hit.version === version) return hit.value as T;
  const value = compute();
  memo.set(name, { version, value });
  return value;
}
