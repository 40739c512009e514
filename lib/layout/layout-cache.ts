import { createHash } from "node:crypto";
import { forceLayout, type LayoutEdge, type Positions } from "@/lib/layout/force-layout";

/** Layouts kept: a few views per graph, each up to a few thousand nodes (~100 kB apiece). */
const CAPACITY = 24;

const done = new Map<string, Positions>();
const running = new Map<string, Promise<Positions>>();

/**
 * The layout's key is the view's topology itself — its node ids and the pairs its edges join —
 * so a view is laid out once, whoever asks for it, and a change to the graph that changes what
 * the view holds gives a new key. Positions are a pure function of the key, so it needs no graph
 * version (lib/graph/graph-version.ts): one would only discard layouts on every unrelated edit.
 */
export function layoutKey(nodeIds: string[], edges: LayoutEdge[]): string {
  const hash = createHash("sha256");
  for (const id of [...nodeIds].sort()) hash.update(`${id}\n`);
  const pairs = edges.map(({ source, target }) =>
    source < target ? `${source}\t${target}` : `${target}\t${source}`,
  );
  for (const pair of [...new Set(pairs)].sort()) hash.update(`${pair}\n`);
  return hash.digest("hex");
}

/** The positions for a view: from the cache, from a run already under way, or computed now. */
export async function cachedLayout(nodeIds: string[], edges: LayoutEdge[]): Promise<Positions> {
  const key = layoutKey(nodeIds, edges);
  const hit = done.get(key);
  if (hit) {
    // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
    done.delete(key);
    done.set(key, hit);
    return hit;
  }
  const pending = running.get(key);
  if (pending) return pending;
  const run = forceLayout(nodeIds, edges)
    .then((positions) => {
      done.set(key, positions);
      while (done.size > CAPACITY) done.delete(done.keys().next().value as string);
      return positions;
    })
    .finally(() => running.delete(key));
  running.set(key, run);
  return run;
}
