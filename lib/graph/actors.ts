import neo4j from "neo4j-driver";
import type { ActorsQuery } from "@/lib/api/params/actors";
import { readRows, readTx, type Db } from "@/lib/db/session";
import { ACTOR_SUMMARY, CLAIM_TYPES, MEMBERSHIP, RELATIONSHIP } from "@/lib/graph/cypher";
import { fuzzyQuery } from "@/lib/graph/lucene";
import { toActor, toActorSummary, toMembership, toRelationship } from "@/lib/graph/mappers";
import { ACTOR_FULLTEXT_INDEX, MEMBERSHIP_TYPE } from "@/lib/graph/schema";
import { txRows } from "@/lib/graph/tx-rows";
import type { ActorDetailResponse, ActorsResponse } from "@/lib/graph/types";
import { obj } from "@/lib/graph/values";

// Fuzzy terms can match much of a big index: the index stops here, before kind filter and paging.
const SEARCH_MATCH_CAP = neo4j.int(10_000);

/**
 * Full-text search over names and aliases, best match first (ties by name); without a query,
 * every actor by name. One row more than asked for says whether another page follows.
 */
export async function searchActors(db: Db, search: ActorsQuery): Promise<ActorsResponse> {
  const lucene = search.q === undefined ? null : fuzzyQuery(search.q);
  if (search.q !== undefined && lucene === null) return { actors: [], hasMore: false };
  const params = {
    lucene,
    kind: search.kind ?? null,
    skip: neo4j.int(search.offset),
    limit: neo4j.int(search.limit + 1),
    matches: SEARCH_MATCH_CAP,
  };
  const found = await readRows(
    db,
    lucene === null
      ? `MATCH (a:Actor)
         WHERE a.name IS NOT NULL ${search.kind ? "AND a.kind = $kind" : ""}
         RETURN ${ACTOR_SUMMARY("a")} AS actor
         ORDER BY a.name, a.id
         SKIP $skip LIMIT $limit`
      : `CALL db.index.fulltext.queryNodes('${ACTOR_FULLTEXT_INDEX}', $lucene, {limit: $matches})
         YIELD node AS a, score
         WHERE $kind IS NULL OR a.kind = $kind
         RETURN ${ACTOR_SUMMARY("a")} AS actor
         ORDER BY score DESC, a.name, a.id
         SKIP $skip LIMIT $limit`,
    params,
  );
  const actors = found.map((row) => toActorSummary(obj(row, "actor")));
  return { actors: actors.slice(0, search.limit), hasMore: actors.length > search.limit };
}

/** A bound on every list in an actor's answer, far above any actor the seed describes. */
const ACTOR_LIST_CAP = neo4j.int(5000);

/** An actor with its memberships and relationships in both directions; null when unknown. */
export async function getActor(db: Db, id: string): Promise<ActorDetailResponse | null> {
  return readTx(db, async (tx) => {
    const [actorRow] = await txRows(
      tx,
      `MATCH (a:Actor {id: $id})
       RETURN a {.id, .name, .kind, .aliases, .description, .country, .role, .documentIds} AS actor`,
      { id },
    );
    if (!actorRow) return null;
    const relationships = await txRows(
      tx,
      `MATCH (a:Actor {id: $id})-[r:${CLAIM_TYPES}]-(other:Actor)
       WITH r, startNode(r) AS s, endNode(r) AS t
       RETURN ${RELATIONSHIP("s", "r", "t")} AS relationship
       ORDER BY r.family, r.weight DESC, r.id
       LIMIT $cap`,
      { id, cap: ACTOR_LIST_CAP },
    );
    const memberships = await txRows(
      tx,
      `MATCH (a:Actor {id: $id})-[r:${MEMBERSHIP_TYPE}]-(other:Actor)
       WITH r, startNode(r) AS m, endNode(r) AS g
       RETURN ${MEMBERSHIP("m", "r", "g")} AS membership
       ORDER BY m.id = $id DESC, g.name, m.name, r.id
       LIMIT $cap`,
      { id, cap: ACTOR_LIST_CAP },
    );
    return {
      actor: toActor(obj(actorRow, "actor")),
      memberships: memberships.map((row) => toMembership(obj(row, "membership"))),
      relationships: relationships.map((row) => toRelationship(obj(row, "relationship"))),
    };
  });
}
