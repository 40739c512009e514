import type { ManagedTransaction } from "neo4j-driver";
import { txRows } from "@/lib/db/session";
import { ALIAS_LABEL, MENTION_JUDGEMENT_LABEL, NAME_JUDGEMENT_LABEL } from "@/lib/graph/schema";
import { str, strOrNull } from "@/lib/graph/values";
import type { AnalysisJudgements, AnalysisTerm } from "@/lib/text/types";

type Terms = AnalysisTerm[];
type Judgements = AnalysisJudgements;

/**
 * What the graph knows, as the analysis reads it: every actor's name and aliases. `Alias` nodes
 * carry their strength; `Actor.aliases` (their projection, and all an actor written by an older
 * loader or the synthetic generator has) count as strong. The taught aliases are read apart, in
 * the same round trip: a subquery per actor doubled the read on 100,000 actors (1.1 s against
 * 0.5 s), though few actors have any.
 */
export async function readTerms(tx: ManagedTransaction): Promise<Terms> {
  const [rows, taughtRows] = await Promise.all([
    txRows(
      tx,
      `MATCH (a:Actor)
       RETURN a.id AS actorId, a.name AS actorName, coalesce(a.aliases, []) AS aliases`,
    ),
    txRows(
      tx,
      `MATCH (alias:${ALIAS_LABEL})-[:ALIAS_OF]->(a:Actor)
       RETURN a.id AS actorId, alias.text AS text, alias.strength AS strength`,
    ),
  ]);
  const taught = new Map<string, { text: string; strength: "strong" | "weak" }[]>();
  for (const row of taughtRows) {
    const actorId = str(row, "actorId");
    const alias = { text: str(row, "text"), strength: row.strength as "strong" | "weak" };
    const aliases = taught.get(actorId);
    if (aliases) aliases.push(alias);
    else taught.set(actorId, [alias]);
  }
  const terms: Terms = [];
  for (const row of rows) {
    const actorId = str(row, "actorId");
    const actorName = str(row, "actorName");
    const seen = new Set<string>([actorName]);
    terms.push({ actorId, actorName, text: actorName, strength: "name" });
    for (const alias of taught.get(actorId) ?? []) {
      if (seen.has(alias.text)) continue;
      seen.add(alias.text);
      terms.push({ actorId, actorName, text: alias.text, strength: alias.strength });
    }
    for (const alias of row.aliases as string[]) {
      if (seen.has(alias)) continue;
      seen.add(alias);
      terms.push({ actorId, actorName, text: alias, strength: "strong" });
    }
  }
  return terms;
}

/** The judgements of this document, and the "not the same" ones that hold everywhere. */
export async function readJudgements(
  tx: ManagedTransaction,
  documentId: string,
): Promise<Judgements> {
  const scoped = await txRows(
    tx,
    `MATCH (j:${MENTION_JUDGEMENT_LABEL} {documentId: $documentId})
     RETURN j.surface AS surface, j.verdict AS verdict, j.actorId AS actorId`,
    { documentId },
  );
  const notSame = await txRows(
    tx,
    `MATCH (j:${NAME_JUDGEMENT_LABEL}) RETURN j.surface AS surface, j.actorId AS actorId`,
  );
  return {
    documentScoped: scoped.map((row) => ({
      surface: str(row, "surface"),
      verdict: str(row, "verdict") as "not_actor" | "not_this_actor",
      actorId: strOrNull(row, "actorId"),
    })),
    notSame: notSame.map((row) => ({ surface: str(row, "surface"), actorId: str(row, "actorId") })),
  };
}
