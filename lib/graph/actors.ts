import neo4j from "neo4j-driver";
import type { ActorsQuery } from "@/lib/api/params/actors";
import { readRows, type Db } from "@/lib/db/session";
import { ACTOR_SUMMARY, CLAIM_TYPES, MEMBERSHIP, RELATIONSHIP } from "@/lib/graph/cypher";
import { fuzzyQuery } from "@/lib/graph/lucene";
import { toActor, toActorSummary, toMembership, toRelationship } from "@/lib/graph/mappers";
import { ACTOR_FULLTEXT_INDEX, MEMBERSHIP_TYPE, RELATIONSHIP_TYPES } from "@/lib/graph/schema";
import type { ActorDetailResponse, ActorsResponse } from "@/lib/graph/types";
import { int, obj, rows } from "@/lib/graph/values";

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

/**
 * An actor's answer lists at most this many relationships of each family (the strongest) and
 * this many memberships: a state hub of a 100k-actor graph has ten thousand ties, and its panel
 * needs the strongest, with the totals to say how many more there are.
 */
export const ACTOR_RELATIONSHIPS_PER_FAMILY = 150;
export const ACTOR_MEMBERSHIPS_CAP = 150;

/**
 * An actor with its memberships and relationships in both directions; null when unknown. One
 * statement: each one more costs a round trip and the driver's bookkeeping on every panel opened.
 */
export async function getActor(db: Db, id: string): Promise<ActorDetailResponse | null> {
  const [row] = await readRows(
    db,
    `MATCH (a:Actor {id: $id})
     // Citations are collected only for the relationships kept, after the cut.
     CALL (a) {
       MATCH (a)-[r:${CLAIM_TYPES}]-(:Actor)
       WITH r ORDER BY r.weight DESC, r.id
       WITH r.family AS family, collect(r)[0..$cap] AS strongest
       UNWIND strongest AS r
       WITH r, startNode(r) AS s, endNode(r) AS t
       ORDER BY r.family, r.weight DESC, r.id
       RETURN collect(${RELATIONSHIP("s", "r", "t")}) AS relationships
     }
     CALL (a) {
       MATCH (a)-[r:${MEMBERSHIP_TYPE}]-(:Actor)
       WITH r, startNode(r) AS m, endNode(r) AS g
       ORDER BY m.id = $id DESC, g.name, m.name, r.id
       LIMIT $membershipCap
       RETURN collect(${MEMBERSHIP("m", "r", "g")}) AS membershipList
     }
     RETURN a {.id, .name, .kind, .aliases, .description, .country, .role, .documentIds} AS actor,
            COUNT { (a)-[:${RELATIONSHIP_TYPES.influence}]-() } AS influence,
            COUNT { (a)-[:${RELATIONSHIP_TYPES.hostility}]-() } AS hostility,
            COUNT { (a)-[:${MEMBERSHIP_TYPE}]-() } AS memberships,
            relationships, membershipList`,
    {
      id,
      cap: neo4j.int(ACTOR_RELATIONSHIPS_PER_FAMILY),
      membershipCap: neo4j.int(ACTOR_MEMBERSHIPS_CAP),
    },
  );
  if (!row) return null;
  const relationships = rows(row, "relationships");
  const memberships = rows(row, "membershipList");
  const counts = {
    influence: int(row, "influence"),
    hostility: int(row, "hostility"),
    memberships: int(row, "memberships"),
  };
  return {
    actor: toActor(obj(row, "actor")),
    memberships: memberships.map(toMembership),
    relationships: relationships.map(toRelationship),
    counts,
    truncated:
      relationships.length < counts.influence + counts.hostility ||
      memberships.length < counts.memberships,
  };
}
