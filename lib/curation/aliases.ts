import { createHash } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import type { AliasStrength } from "@/lib/curation/types";
import { ALIAS_LABEL, LOCAL_ALIAS_TYPE, MENTION_LABEL } from "@/lib/graph/schema";

/** One alias per actor and text: teaching it again changes nothing. */
export const aliasId = (actorId: string, text: string) =>
  createHash("sha256").update(`${actorId}\u0000${text}`).digest("hex").slice(0, 24);

/**
 * Gives `Actor.aliases` that no `Alias` node stands for yet (an actor from an older loader or the
 * synthetic generator) an `Alias` of their own, so the projection below cannot drop them.
 */
async function adoptLegacyAliases(tx: ManagedTransaction, actorIds: string[]): Promise<void> {
  await tx.run(
    `UNWIND $actorIds AS actorId
     MATCH (a:Actor {id: actorId})
     UNWIND range(0, size(coalesce(a.aliases, [])) - 1) AS rank
     WITH a, rank, a.aliases[rank] AS text
     WHERE NOT EXISTS { (:${ALIAS_LABEL} {text: text})-[:ALIAS_OF]->(a) }
     // addedAt '' sorts them first, in their old order (rank).
     CREATE (alias:${ALIAS_LABEL} {id: $prefix + a.id + '|' + text, text: text, strength: 'strong',
                                   rank: rank, addedBy: 'legacy', addedAt: ''})-[:ALIAS_OF]->(a)`,
    { actorIds, prefix: "legacy|" },
  );
}

/**
 * Recomputes what the rest of the app reads from the aliases, in the caller's transaction:
 * `Actor.aliases` (and the full-text index's `aliasText`) are the strong aliases; `KNOWN_AS_IN`
 * to a document holds the weak aliases confirmed there by a linked mention.
 */
export async function projectAliases(tx: ManagedTransaction, actorIds: string[]): Promise<void> {
  await adoptLegacyAliases(tx, actorIds);
  await tx.run(
    `UNWIND $actorIds AS actorId
     MATCH (a:Actor {id: actorId})
     WITH a, COLLECT {
       MATCH (alias:${ALIAS_LABEL} {strength: 'strong'})-[:ALIAS_OF]->(a)
       RETURN alias.text ORDER BY alias.addedAt, coalesce(alias.rank, 0), alias.text
     } AS texts
     WITH a, reduce(strong = [], t IN texts | CASE WHEN t IN strong THEN strong ELSE strong + t END)
          AS strong
     SET a.aliases = strong, a.aliasText = reduce(s = '', t IN strong |
       s + CASE WHEN s = '' THEN '' ELSE ' | ' END + t)
     WITH a
     OPTIONAL MATCH (a)-[old:${LOCAL_ALIAS_TYPE}]->(:Document)
     DELETE old
     WITH DISTINCT a
     MATCH (alias:${ALIAS_LABEL} {strength: 'weak'})-[:ALIAS_OF]->(a)
     MATCH (m:${MENTION_LABEL} {status: 'linked', text: alias.text})-[:REFERS_TO]->(a)
     MATCH (m)-[:IN]->(d:Document)
     WITH DISTINCT a, d, alias
     // In the order they were added (the seed's files' order), each text once.
     ORDER BY alias.addedAt, coalesce(alias.rank, 0), alias.text
     WITH a, d, reduce(texts = [], t IN collect(alias.text) |
       CASE WHEN t IN texts THEN texts ELSE texts + t END) AS texts
     CREATE (a)-[:${LOCAL_ALIAS_TYPE} {aliases: texts}]->(d)`,
    { actorIds },
  );
}

/**
 * Teaches `text` as an alias of the actor, naming the mention it was learnt from. A strong alias
 * links on sight in every document; a weak one is proposed and needs a click in each.
 */
export async function teachAlias(
  tx: ManagedTransaction,
  alias: { actorId: string; text: string; strength: AliasStrength; mentionId: string; by: string },
): Promise<void> {
  await adoptLegacyAliases(tx, [alias.actorId]);
  // The alias of this text, if the actor has one already (legacy ones have ids of their own).
  await tx.run(
    `MATCH (a:Actor {id: $actorId}), (m:${MENTION_LABEL} {id: $mentionId})
     OPTIONAL MATCH (existing:${ALIAS_LABEL} {text: $text})-[:ALIAS_OF]->(a)
     WITH a, m, head(collect(existing)) AS existing
     CALL (a, existing) {
       WITH a, existing WHERE existing IS NULL
       CREATE (created:${ALIAS_LABEL} {id: $id, text: $text, addedBy: $by, addedAt: $now, rank: 0})
       CREATE (created)-[:ALIAS_OF]->(a)
       RETURN created AS alias
       UNION
       WITH existing WHERE existing IS NOT NULL
       RETURN existing AS alias
     }
     SET alias.strength = $strength
     MERGE (alias)-[:LEARNED_FROM]->(m)`,
    { ...alias, id: aliasId(alias.actorId, alias.text), now: new Date().toISOString() },
  );
  await projectAliases(tx, [alias.actorId]);
}

/** Forgets the aliases learnt from these mentions (undoing the decision that taught them). */
export async function forgetAliasesLearntFrom(
  tx: ManagedTransaction,
  mentionIds: string[],
): Promise<string[]> {
  const result = await tx.run(
    `MATCH (alias:${ALIAS_LABEL})-[:LEARNED_FROM]->(m:${MENTION_LABEL}) WHERE m.id IN $mentionIds
     MATCH (alias)-[:ALIAS_OF]->(a:Actor)
     WITH DISTINCT alias, a
     // Out of the projection too: otherwise adoptLegacyAliases would take it for a legacy alias
     // and give it back (seen: a reverted link re-linked its mention at the next analysis).
     SET a.aliases = [t IN coalesce(a.aliases, []) WHERE t <> alias.text]
     WITH alias, a.id AS actorId
     DETACH DELETE alias
     RETURN collect(DISTINCT actorId) AS actorIds`,
    { mentionIds },
  );
  const actorIds = (result.records[0]?.get("actorIds") as string[] | undefined) ?? [];
  if (actorIds.length > 0) await projectAliases(tx, actorIds);
  return actorIds;
}
