import neo4j from "neo4j-driver";
import { readRows, type Db } from "@/lib/db/session";
import type { ActorRef, SignedGraph } from "@/lib/analysis/types";
import { CLAIM_TYPES } from "@/lib/graph/cypher";
import { RELATIONSHIP_TYPES } from "@/lib/graph/schema";

/**
 * The influence/hostility graph as the whole-graph analyses need it, and nothing more: actors (in
 * id order) and each relationship's ends (indexes into `actors`), family and weight, in typed
 * arrays that a worker thread receives without a copy. No citations: the few a report lists are
 * read afterwards (balance-hydrate.ts).
 */
export interface AnalysisGraph {
  actors: ActorRef[];
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  /** 1 for influence, 0 for hostility. */
  influence: Uint8Array;
}

export const ANALYSIS_GRAPH_BATCH = 5_000;

interface Loaded {
  ids: string[];
  ends: Array<[string, string, boolean, number]>;
}

/** One batch of actors after `after` (id order) with their outgoing claims, keyset-paged. */
async function batch(db: Db, after: string | null, size: number) {
  return readRows(
    db,
    `MATCH (s:Actor) WHERE $after IS NULL OR s.id > $after
     WITH s ORDER BY s.id LIMIT $size
     RETURN s.id AS id, s.name AS name, s.kind AS kind,
            COLLECT { MATCH (s)-[r:${CLAIM_TYPES}]->(t:Actor)
                      RETURN [t.id, type(r) = $influence, r.weight] } AS out`,
    { after, size: neo4j.int(size), influence: RELATIONSHIP_TYPES.influence },
  );
}

/**
 * Reads the topology in batches of actors, so no single answer holds the whole graph and the
 * caller can say how far it is (`onBatch(actorsRead)`).
 */
export async function loadAnalysisGraph(
  db: Db,
  onBatch: (actorsRead: number) => void | Promise<void> = () => {},
  size = ANALYSIS_GRAPH_BATCH,
): Promise<AnalysisGraph> {
  const actors: ActorRef[] = [];
  const loaded: Loaded = { ids: [], ends: [] };
  for (let after: string | null = null; ;) {
    const rows = await batch(db, after, size);
    for (const row of rows) {
      const id = String(row.id);
      actors.push({ id, name: String(row.name ?? id), kind: String(row.kind ?? "") });
      for (const [t, influence, weight] of row.out as Array<[string, boolean, number]>) {
        loaded.ends.push([id, String(t), influence, Number(weight ?? 1)]);
      }
    }
    await onBatch(actors.length);
    if (rows.length < size) break;
    after = actors[actors.length - 1]!.id;
  }
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const m = loaded.ends.length;
  const topology: AnalysisGraph = {
    actors,
    source: new Int32Array(m),
    target: new Int32Array(m),
    weight: new Float64Array(m),
    influence: new Uint8Array(m),
  };
  let k = 0;
  for (const [s, t, influence, weight] of loaded.ends) {
    const j = index.get(t);
    if (j === undefined) continue;
    topology.source[k] = index.get(s)!;
    topology.target[k] = j;
    topology.weight[k] = weight;
    topology.influence[k] = influence ? 1 : 0;
    k += 1;
  }
  return k === m ? topology : { ...topology, ...sliced(topology, k) };
}

function sliced(t: AnalysisGraph, k: number): Omit<AnalysisGraph, "actors"> {
  return {
    source: t.source.slice(0, k),
    target: t.target.slice(0, k),
    weight: t.weight.slice(0, k),
    influence: t.influence.slice(0, k),
  };
}

/** An undirected simple graph in compressed sparse rows: the neighbours of i are adj[off[i]..off[i+1]). */
export interface Csr {
  n: number;
  off: Int32Array;
  adj: Int32Array;
}

/** One undirected edge per linked pair (any family), no self-loops: what betweenness walks. */
export function pairCsr(t: AnalysisGraph): Csr {
  const n = t.actors.length;
  const seen = new Set<number>();
  const pairs: number[] = [];
  for (let e = 0; e < t.source.length; e++) {
    const a = Math.min(t.source[e]!, t.target[e]!);
    const b = Math.max(t.source[e]!, t.target[e]!);
    if (a === b) continue;
    const key = a * n + b;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push(a, b);
  }
  const degree = new Int32Array(n + 1);
  for (const v of pairs) degree[v + 1]! += 1;
  const off = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) off[i + 1] = off[i]! + degree[i + 1]!;
  const fill = off.slice(0, n);
  const adj = new Int32Array(pairs.length);
  for (let p = 0; p < pairs.length; p += 2) {
    const [a, b] = [pairs[p]!, pairs[p + 1]!];
    adj[fill[a]!++] = b;
    adj[fill[b]!++] = a;
  }
  return { n, off, adj };
}

/** A loaded SignedGraph as arrays (relationships to unknown actors are left out, as the rankings do). */
export function analysisGraphOf(graph: SignedGraph): AnalysisGraph {
  const actors = [...graph.actors].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const kept = graph.relationships.filter((r) => index.has(r.source) && index.has(r.target));
  return {
    actors,
    source: Int32Array.from(kept, (r) => index.get(r.source)!),
    target: Int32Array.from(kept, (r) => index.get(r.target)!),
    weight: Float64Array.from(kept, (r) => r.weight),
    influence: Uint8Array.from(kept, (r) => (r.family === "influence" ? 1 : 0)),
  };
}
