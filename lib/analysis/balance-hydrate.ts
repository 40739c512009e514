import type { BalanceReport } from "@/lib/analysis/balance";
import { pairKey, type SignedPair } from "@/lib/analysis/signed-pairs";
import { readRows, type Db } from "@/lib/db/session";
import { CLAIM_TYPES, RELATIONSHIP } from "@/lib/graph/cypher";
import { toRelationship } from "@/lib/graph/mappers";
import { obj } from "@/lib/graph/values";

/**
 * A large graph's balance report lists a few ties (balance-at-scale.ts) without their
 * relationships: this reads just those pairs' relationships, with citations, in one query, and
 * puts them in, in id order as on a small graph.
 */
export async function hydrateBalance(db: Db, report: BalanceReport): Promise<BalanceReport> {
  const listed: SignedPair[] = [
    ...report.triads.flatMap((t) => t.ties),
    ...report.contested,
    ...report.frustratedTies,
  ];
  const pairs = [...new Map(listed.map((p) => [pairKey(p.a, p.b), [p.a, p.b]])).values()];
  if (pairs.length === 0) return report;
  const rows = await readRows(
    db,
    `UNWIND $pairs AS pair
     MATCH (:Actor {id: pair[0]})-[r:${CLAIM_TYPES}]-(:Actor {id: pair[1]})
     WITH DISTINCT r
     MATCH (s:Actor)-[r]->(t:Actor)
     RETURN ${RELATIONSHIP("s", "r", "t")} AS relationship ORDER BY r.id`,
    { pairs },
  );
  const byPair = new Map<string, SignedPair["relationships"]>();
  for (const row of rows) {
    const relationship = toRelationship(obj(row, "relationship"));
    const key = pairKey(relationship.source, relationship.target);
    byPair.set(key, [...(byPair.get(key) ?? []), relationship]);
  }
  const fill = (p: SignedPair): SignedPair => ({
    ...p,
    relationships: byPair.get(pairKey(p.a, p.b)) ?? [],
  });
  return {
    ...report,
    triads: report.triads.map((t) => ({
      ...t,
      ties: [fill(t.ties[0]), fill(t.ties[1]), fill(t.ties[2])],
    })),
    contested: report.contested.map(fill),
    frustratedTies: report.frustratedTies.map(fill),
  };
}
