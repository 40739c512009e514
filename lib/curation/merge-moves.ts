import type { ManagedTransaction } from "neo4j-driver";
import { rewireClaimActors } from "@/lib/curation/claims";
import type { ClaimSide } from "@/lib/curation/merge-types";
import { txRows } from "@/lib/db/session";
import { EDGE_TYPES } from "@/lib/graph/cypher";
import {
  ALIAS_LABEL,
  CLAIM_LABEL,
  MENTION_JUDGEMENT_LABEL,
  MENTION_LABEL,
  NAME_JUDGEMENT_LABEL,
  PASSAGE_MENTIONS_TYPE,
} from "@/lib/graph/schema";
import { serializeValue } from "@/lib/values/serialize";
import { deserializeValue } from "@/lib/values/deserialize";
import type { CypherJson } from "@/lib/values/cypher-json";

/*
 * The moves a merge makes from the merged actor to the survivor, and its unmerge makes back: each
 * takes the ids the merge recorded, moves those still at `from`, and returns the ids it moved.
 */

export interface Move {
  from: string;
  to: string;
}

const ids = (rows: Record<string, unknown>[]) => rows.map((row) => String(row.id));

/** Mentions linked to `from`, or suggesting it: their link and candidate go to `to`. */
export async function moveMentions(tx: ManagedTransaction, mentionIds: string[], move: Move) {
  return ids(
    await txRows(
      tx,
      `MATCH (to:Actor {id: $to})
       UNWIND $mentionIds AS id
       MATCH (m:${MENTION_LABEL} {id: id})
       OPTIONAL MATCH (m)-[old:REFERS_TO]->(:Actor {id: $from})
       WITH to, m, old WHERE old IS NOT NULL OR m.candidateId = $from
       FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END |
         DELETE old MERGE (m)-[:REFERS_TO]->(to))
       SET m.candidateId = CASE WHEN m.candidateId = $from THEN $to ELSE m.candidateId END,
           m.version = m.version + 1
       RETURN m.id AS id`,
      { mentionIds, ...move },
    ),
  );
}

/** A claim moved: the side(s) that named `from`, and the edge it belongs to from now on. */
export interface ClaimMove {
  id: string;
  side: ClaimSide;
  fromEdgeId: string | null;
  toEdgeId: string | null;
}

/** Claims whose recorded side still names `from`: that side names `to`, the edge id changes. */
export async function moveClaims(tx: ManagedTransaction, moves: ClaimMove[], move: Move) {
  const moved = ids(
    await txRows(
      tx,
      `UNWIND $moves AS move
       MATCH (c:${CLAIM_LABEL} {id: move.id})
       WITH c, move, move.side IN ['subject', 'both'] AND c.subjectId = $from AS subject,
            move.side IN ['object', 'both'] AND c.objectId = $from AS object
       WHERE subject OR object
       SET c.subjectId = CASE WHEN subject THEN $to ELSE c.subjectId END,
           c.objectId = CASE WHEN object THEN $to ELSE c.objectId END,
           c.edgeId = CASE WHEN c.edgeId = move.fromEdgeId THEN move.toEdgeId ELSE c.edgeId END,
           c.version = c.version + 1
       RETURN c.id AS id`,
      { moves, ...move },
    ),
  );
  await rewireClaimActors(tx, moved);
  return moved;
}

/** A self-claim's decision: what it was, and what the merge set (retracted or rejected). */
export interface ConflictChange {
  id: string;
  before: {
    status: string;
    rejectReason: string | null;
    decidedBy: string | null;
    decidedAt: string | null;
  };
  after: {
    status: string;
    rejectReason: string | null;
    decidedBy: string | null;
    decidedAt: string | null;
  };
}

/** Sets each claim's decision to `after` where it still is `before`'s status. */
export async function setClaimDecisions(
  tx: ManagedTransaction,
  changes: { id: string; expected: string; set: ConflictChange["after"] }[],
) {
  return ids(
    await txRows(
      tx,
      `UNWIND $changes AS change
       MATCH (c:${CLAIM_LABEL} {id: change.id}) WHERE c.status = change.expected
       SET c += change.set, c.deferred = false
       RETURN c.id AS id`,
      { changes },
    ),
  );
}

export async function moveAliases(tx: ManagedTransaction, aliasIds: string[], move: Move) {
  return ids(
    await txRows(
      tx,
      `MATCH (to:Actor {id: $to})
       UNWIND $aliasIds AS id
       MATCH (alias:${ALIAS_LABEL} {id: id})-[old:ALIAS_OF]->(:Actor {id: $from})
       DELETE old
       CREATE (alias)-[:ALIAS_OF]->(to)
       RETURN alias.id AS id`,
      { aliasIds, ...move },
    ),
  );
}

/** Judgements naming `from` ("not this actor", "not the same"): they name `to`. */
export async function moveJudgements(tx: ManagedTransaction, judgementIds: string[], move: Move) {
  return ids(
    await txRows(
      tx,
      `UNWIND $judgementIds AS id
       MATCH (j {id: id}) WHERE (j:${MENTION_JUDGEMENT_LABEL} OR j:${NAME_JUDGEMENT_LABEL})
         AND j.actorId = $from
       SET j.actorId = $to
       RETURN j.id AS id`,
      { judgementIds, ...move },
    ),
  );
}

/** The judgements that name an actor. */
export async function judgementsOf(tx: ManagedTransaction, actorId: string): Promise<string[]> {
  return ids(
    await txRows(
      tx,
      `MATCH (j) WHERE (j:${MENTION_JUDGEMENT_LABEL} OR j:${NAME_JUDGEMENT_LABEL}) AND j.actorId = $actorId
       RETURN j.id AS id ORDER BY id`,
      { actorId },
    ),
  );
}

/** Passages naming `from` name `to`; `added` says which did not name `to` already. */
export async function movePassages(
  tx: ManagedTransaction,
  passageIds: string[],
  move: Move,
): Promise<{ id: string; added: boolean }[]> {
  const rows = await txRows(
    tx,
    `MATCH (to:Actor {id: $to})
     UNWIND $passageIds AS id
     MATCH (p:Passage {id: id})-[old:${PASSAGE_MENTIONS_TYPE}]->(:Actor {id: $from})
     WITH to, p, old, EXISTS { (p)-[:${PASSAGE_MENTIONS_TYPE}]->(to) } AS had
     DELETE old
     MERGE (p)-[:${PASSAGE_MENTIONS_TYPE}]->(to)
     RETURN p.id AS id, NOT had AS added`,
    { passageIds, ...move },
  );
  return rows.map((row) => ({ id: String(row.id), added: row.added === true }));
}

/** An edge no claim stands behind, as it was: recreated as it is wherever it goes. */
export interface HandEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, CypherJson>;
}

const EDGE_TYPE_NAMES = Object.values(EDGE_TYPES);

/** Reads and deletes these edges (by type and id), keeping every property's exact type. */
export async function takeEdges(
  tx: ManagedTransaction,
  edges: { id: string; type: string }[],
): Promise<HandEdge[]> {
  const taken: HandEdge[] = [];
  for (const type of EDGE_TYPE_NAMES) {
    const wanted = edges.filter((e) => e.type === type).map((e) => e.id);
    if (wanted.length === 0) continue;
    // `type` comes from the closed family table, never from input.
    const result = await tx.run(
      `MATCH (s:Actor)-[r:${type}]->(t:Actor) WHERE r.id IN $wanted
       WITH s, r, t, properties(r) AS props
       DELETE r
       RETURN s.id AS source, t.id AS target, props`,
      { wanted },
    );
    for (const record of result.records) {
      const props = record.get("props") as Record<string, unknown>;
      taken.push({
        id: String(props.id),
        type,
        source: String(record.get("source")),
        target: String(record.get("target")),
        props: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, serializeValue(v)])),
      });
    }
  }
  return taken;
}

/** Writes edges taken by `takeEdges`, each end moved by `end`. */
export async function putEdges(
  tx: ManagedTransaction,
  edges: HandEdge[],
  end: (id: string) => string,
): Promise<void> {
  for (const edge of edges) {
    if (!EDGE_TYPE_NAMES.includes(edge.type)) continue;
    const source = end(edge.source);
    const target = end(edge.target);
    if (source === target) continue;
    await tx.run(
      `MATCH (s:Actor {id: $source}), (t:Actor {id: $target})
       CREATE (s)-[r:${edge.type}]->(t)
       SET r = $props`,
      {
        source,
        target,
        props: Object.fromEntries(
          Object.entries(edge.props).map(([k, v]) => [k, deserializeValue(v)]),
        ),
      },
    );
  }
}
