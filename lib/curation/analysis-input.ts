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
 * loader or the synthetic generator has) count as strong.
 */
export async function readTerms(tx: ManagedTransaction): Promise<Terms> {
  const rows = await txRows(
    tx,
    `MATCH (a:Actor)
     RETURN a.id AS actorId, a.name AS actorName, coalesce(a.aliases, []) AS aliases,
            COLLECT { MATCH (alias:${ALIAS_LABEL})-[:ALIAS_OF]->(a) RETURN alias {.text, .strength} } AS taught`,
  );
  const terms: Terms = [];
  for (const row of rows) {
    const actorId = str(row, "actorId");
    const actorName = str(row, "actorName");
    const seen = new Set<string>([actorName]);
    terms.push({ actorId, actorName, text: actorName, strength: "name" });
    for (const alias of row.taught as { text: string; strength: "strong" | "weak" }[]) {
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
