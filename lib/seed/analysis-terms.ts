import type { ActorEntry } from "@/lib/seed/schema";
import type { AnalysisTerm } from "@/lib/text/types";

/**
 * A seed folder's actors as the text analysis reads them: names, strong aliases (`aliases`) and
 * the weak aliases confirmed in this document (`localAliases`).
 */
export function seedAnalysisTerms(
  actors: ReadonlyArray<ActorEntry>,
  documentId: string,
): AnalysisTerm[] {
  return actors.flatMap((actor) => {
    const term = (text: string, strength: AnalysisTerm["strength"]) => ({
      actorId: actor.id,
      actorName: actor.name,
      text,
      strength,
    });
    const local = (actor.localAliases ?? [])
      .filter((l) => l.document === documentId)
      .flatMap((l) => l.aliases);
    return [
      term(actor.name, "name"),
      ...actor.aliases.map((a) => term(a, "strong")),
      ...local.map((a) => term(a, "weak")),
    ];
  });
}
