import { NotFound } from "@/lib/api/errors";
import { readRows, readTx, type Db, type Row } from "@/lib/db/session";
import { relationshipsByRef } from "@/lib/graph/relationships";
import { RELATIONSHIP_TYPES } from "@/lib/graph/schema";
import { txRows } from "@/lib/db/session";
import type { PathsQuery } from "@/lib/api/params/paths";
import {
  collapsePaths,
  type HopRef,
  type InfluencePath,
  type RawPath,
} from "@/lib/analysis/path-shape";
import type { ActorRef } from "@/lib/analysis/types";
import { RELATIONSHIP_FAMILIES } from "@/lib/domain/relationship-families";

// Parallel ties multiply raw paths; this caps the rows a dense graph could return before collapsing.
const RAW_PATH_LIMIT = 5000;

async function requireActors(db: Db, ids: Record<"from" | "to", string>): Promise<void> {
  const rows = await readRows(db, "MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id", {
    ids: Object.values(ids),
  });
  const found = new Set(rows.map((row) => row.id));
  for (const [field, id] of Object.entries(ids)) {
    if (!found.has(id)) throw new NotFound(`No actor with id "${id}" (${field})`);
  }
}

/**
 * The k shortest simple paths between two actors. `SHORTEST k GROUPS` (Neo4j 5.21+) returns every
 * path whose length is among the k shortest lengths, so after parallel ties are collapsed at least
 * k distinct alternatives remain whenever the graph has them. The hop bound and k must be literals
 * in the pattern: they are interpolated only after zod has checked them to be small integers, and
 * relationship types come from the schema's allow-list.
 */
export async function shortestPaths(db: Db, params: PathsQuery): Promise<InfluencePath[]> {
  await requireActors(db, { from: params.from, to: params.to });
  const types = params.families.map((family) => RELATIONSHIP_TYPES[family]).join("|");
  const arrow = params.directed ? "->" : "-";
  const k = Math.trunc(params.k);
  const maxHops = Math.trunc(params.maxHops);
  // Neo4j 5.26 rewrites a {1,1} quantifier into a plain hop and then rejects the selector, so one
  // hop is asked for directly: every direct tie is a shortest path.
  const match =
    maxHops === 1
      ? `MATCH p = (:Actor {id: $from})-[:${types}]${arrow}(:Actor {id: $to})`
      : `MATCH p = SHORTEST ${k} GROUPS (
           (a:Actor {id: $from})(()-[:${types}]${arrow}(n:Actor)){1,${maxHops}}(:Actor {id: $to})
           WHERE NOT a IN n AND ALL(i IN range(0, size(n) - 2) WHERE NOT n[i] IN n[i + 1..])
         )`;
  // Relationships (with their citations) are read only for the hops of the paths kept: a dense
  // graph has thousands of raw paths (parallel ties and equal-length detours) for the few shown.
  return readTx(db, async (tx) => {
    const rows = await txRows(
      tx,
      `${match}
       WITH p LIMIT ${RAW_PATH_LIMIT}
       RETURN [x IN nodes(p) | {id: x.id, name: x.name, kind: x.kind}] AS nodes,
              [r IN relationships(p) | {id: r.id, family: r.family, weight: r.weight,
                passageCount: size(coalesce(r.passageIds, [])),
                source: startNode(r).id, target: endNode(r).id}] AS rels`,
      { from: params.from, to: params.to },
    );
    const raw: Array<RawPath<HopRef>> = rows.map((row) => ({
      nodes: (row.nodes as Row[]).map((n): ActorRef => ({
        id: String(n.id),
        name: String(n.name ?? n.id),
        kind: String(n.kind ?? ""),
      })),
      relationships: (row.rels as Row[]).map(toHopRef),
    }));
    const kept = collapsePaths(raw, k);
    const hops = new Map(kept.flatMap((path) => path.relationships).map((hop) => [hop.id, hop]));
    const full = await relationshipsByRef(tx, [...hops.values()]);
    return kept.map((path) => ({
      ...path,
      relationships: path.relationships.map(({ id, forward, parallelIds }) => {
        const relationship = full.get(id);
        if (!relationship) throw new Error(`relationship "${id}" of a path was not found`);
        return { ...relationship, forward, parallelIds };
      }),
    }));
  });
}

function toHopRef(row: Row): HopRef {
  const family = RELATIONSHIP_FAMILIES.find((f) => f === row.family);
  if (!family) throw new TypeError(`unknown relationship family "${String(row.family)}"`);
  return {
    id: String(row.id),
    source: String(row.source),
    target: String(row.target),
    family,
    weight: Number(row.weight),
    passageCount: Number(row.passageCount),
  };
}
