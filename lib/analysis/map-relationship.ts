import type { Row } from "@/lib/db/session";
import type { Citation, CitedRelationship } from "@/lib/analysis/types";
import { type RelationshipFamily } from "@/lib/domain/relationship-families";

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** Orders citations as the relationship lists its passages, so footnotes follow the curator's order. */
export function mapCitations(passageIds: string[], rows: unknown): Citation[] {
  const byId = new Map<string, Citation>();
  for (const row of Array.isArray(rows) ? (rows as Row[]) : []) {
    const passageId = text(row.passageId);
    if (!passageId) continue;
    byId.set(passageId, {
      passageId,
      documentId: text(row.documentId) ?? "",
      documentTitle: text(row.documentTitle),
      text: text(row.text) ?? "",
    });
  }
  return passageIds.flatMap((id) => byId.get(id) ?? []);
}

/** Reshapes a relationship's stored properties (plus its endpoints and passages) into the domain type. */
export function mapRelationship(
  props: Row,
  source: string,
  target: string,
  passages: unknown,
): CitedRelationship {
  const passageIds = strings(props.passageIds);
  return {
    id: text(props.id) ?? "",
    source,
    target,
    family: props.family === "hostility" ? "hostility" : ("influence" satisfies RelationshipFamily),
    kind: text(props.kind) ?? "",
    weight: typeof props.weight === "number" ? props.weight : 1,
    summary: text(props.summary) ?? "",
    dateStart: text(props.dateStart),
    dateEnd: text(props.dateEnd),
    dateLabel: text(props.dateLabel),
    passageIds,
    documentIds: strings(props.documentIds),
    citations: mapCitations(passageIds, passages),
  };
}
