import neo4j, { isInt } from "neo4j-driver";
import { readTx, type Db } from "@/lib/db/session";
import { MEMBERSHIP_TYPE, RELATIONSHIP_TYPES } from "@/lib/graph/schema";
import {
  emptyTieGraph,
  FAMILY_CODES,
  type FamilyCode,
  type TieGraph,
} from "@/lib/summary/tie-graph";

/** Actors per query: each page is one index-ordered range seek on Actor.id. */
const PAGE = 5000;

const TYPE_CODES: Record<string, FamilyCode> = {
  [RELATIONSHIP_TYPES.influence]: FAMILY_CODES.influence,
  [RELATIONSHIP_TYPES.hostility]: FAMILY_CODES.hostility,
  [MEMBERSHIP_TYPE]: FAMILY_CODES.membership,
};
const TYPES = Object.keys(TYPE_CODES).join("|");

const toNumber = (value: unknown) => (isInt(value) ? value.toNumber() : Number(value));

/**
 * Reads every actor with its outgoing ties, PAGE actors per query in id order: the range seek on
 * the id index keeps each query bounded and no single result holds the whole graph. Records are
 * read field by field (no generic conversion), since at 100,000 actors this is the summary's cost.
 */
export async function loadTieGraph(db: Db): Promise<TieGraph> {
  const graph = emptyTieGraph();
  const targets: string[] = [];
  for (let after = ""; ;) {
    const records = await readTx(db, async (tx) => {
      const result = await tx.run(
        `MATCH (a:Actor) WHERE a.id > $after
         WITH a ORDER BY a.id LIMIT $page
         RETURN a.id AS id, a.name AS name, a.kind AS kind,
                COLLECT { MATCH (a)-[r:${TYPES}]->(t:Actor) RETURN [t.id, type(r), coalesce(r.weight, 1)] } AS ties`,
        { after, page: neo4j.int(PAGE) },
      );
      return result.records;
    });
    for (const record of records) {
      const source = graph.ids.length;
      const id = String(record.get("id"));
      graph.ids.push(id);
      graph.names.push(String(record.get("name") ?? id));
      graph.kinds.push(String(record.get("kind") ?? ""));
      for (const [target, type, weight] of record.get("ties") as Array<[string, string, unknown]>) {
        const family = TYPE_CODES[type];
        if (family === undefined) continue;
        graph.source.push(source);
        targets.push(target);
        graph.family.push(family);
        graph.weight.push(toNumber(weight));
      }
    }
    if (records.length < PAGE) break;
    after = graph.ids[graph.ids.length - 1]!;
  }
  const index = new Map(graph.ids.map((id, i) => [id, i]));
  graph.target = targets.map((id) => index.get(id) ?? -1);
  return dropUnknownTargets(graph);
}

// A tie to an actor created between two pages has no index yet: leave it out of this summary.
function dropUnknownTargets(graph: TieGraph): TieGraph {
  if (!graph.target.includes(-1)) return graph;
  const keep = graph.target.map((t) => t >= 0);
  const pick = <T>(values: T[]) => values.filter((_, i) => keep[i]);
  return {
    ...graph,
    source: pick(graph.source),
    target: pick(graph.target),
    family: pick(graph.family),
    weight: pick(graph.weight),
  };
}
