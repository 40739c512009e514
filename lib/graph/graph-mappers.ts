import type { Row } from "@/lib/db/session";
import { actorKind, dateColumns, toEvidenceColumns, toRelationshipDate } from "@/lib/graph/mappers";
import { type GraphEdge, type GraphNode } from "@/lib/graph/types";
import { int, obj, str } from "@/lib/graph/values";
import { EDGE_FAMILIES } from "@/lib/domain/relationship-families";

export function toGraphNode(row: Row, degree: number, distance: number | null): GraphNode {
  return {
    data: {
      id: str(row, "id"),
      label: str(row, "label"),
      kind: actorKind(row),
      influenceOut: int(row, "influenceOut"),
      influenceIn: int(row, "influenceIn"),
      hostilityOut: int(row, "hostilityOut"),
      hostilityIn: int(row, "hostilityIn"),
      influenceWeight: int(row, "influenceWeight"),
      degree,
      distance,
    },
  };
}

export function toGraphEdge(row: Row): GraphEdge {
  const family = EDGE_FAMILIES.find((f) => f === row.family);
  if (!family) throw new TypeError(`unknown edge family "${String(row.family)}"`);
  return {
    data: {
      id: str(row, "id"),
      source: str(row, "source"),
      target: str(row, "target"),
      family,
      kind: str(row, "kind"),
      weight: row.weight === null ? null : int(row, "weight"),
      summary: str(row, "summary"),
      ...dateColumns(toRelationshipDate(row)),
      citationCount: int(row, "citationCount"),
      ...toEvidenceColumns(obj(row, "evidence")),
    },
  };
}
