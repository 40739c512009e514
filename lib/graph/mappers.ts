import type { Row } from "@/lib/db/session";
import { bool, int, obj, rows, str, strOrNull, strings } from "@/lib/graph/values";
import type {
  Actor,
  ActorSummary,
  Citation,
  DateColumns,
  Evidence,
  EvidenceColumns,
  Membership,
  Relationship,
  RelationshipDate,
} from "@/lib/graph/types";
import { ACTOR_KINDS, type ActorKind } from "@/lib/domain/actor-kinds";
import { RELATIONSHIP_FAMILIES } from "@/lib/domain/relationship-families";

/** One mapper per shape: rows (already through `toNative`) in, plain domain objects out. */

export function actorKind(row: Row, key = "kind"): ActorKind {
  const value = str(row, key);
  const kind = ACTOR_KINDS.find((k) => k === value);
  if (!kind) throw new TypeError(`unknown actor kind "${value}"`);
  return kind;
}

export function toActorSummary(row: Row): ActorSummary {
  return {
    id: str(row, "id"),
    name: str(row, "name"),
    kind: actorKind(row),
    aliases: strings(row, "aliases"),
    description: strOrNull(row, "description") ?? "",
  };
}

export function toActor(row: Row): Actor {
  return {
    ...toActorSummary(row),
    country: strOrNull(row, "country"),
    role: strOrNull(row, "role"),
    documentIds: strings(row, "documentIds"),
  };
}

export function toCitation(row: Row): Citation {
  return {
    passageId: str(row, "passageId"),
    documentId: str(row, "documentId"),
    documentTitle: strOrNull(row, "documentTitle"),
    text: str(row, "text"),
    start: int(row, "start"),
    end: int(row, "end"),
  };
}

export function toRelationshipDate(row: Row): RelationshipDate | null {
  const start = strOrNull(row, "dateStart");
  if (start === null) return null;
  return {
    start,
    end: strOrNull(row, "dateEnd") ?? start,
    label: strOrNull(row, "dateLabel"),
    yearInferred: bool(row, "yearInferred"),
  };
}

/** The one way the nested date becomes flat columns (Cytoscape element data, export files). */
export function dateColumns(date: RelationshipDate | null): DateColumns {
  return {
    dateStart: date?.start ?? null,
    dateEnd: date?.end ?? null,
    dateLabel: date?.label ?? null,
    yearInferred: date?.yearInferred ?? false,
  };
}

export function toRelationship(row: Row): Relationship {
  const family = RELATIONSHIP_FAMILIES.find((f) => f === row.family);
  if (!family) throw new TypeError(`unknown relationship family "${String(row.family)}"`);
  return {
    id: str(row, "id"),
    family,
    kind: str(row, "kind"),
    source: str(row, "source"),
    sourceName: str(row, "sourceName"),
    target: str(row, "target"),
    targetName: str(row, "targetName"),
    weight: int(row, "weight"),
    summary: str(row, "summary"),
    date: toRelationshipDate(row),
    citations: rows(row, "citations").map(toCitation),
    evidence: toEvidence(obj(row, "evidence")),
  };
}

export function toEvidenceColumns(row: Row): EvidenceColumns {
  return {
    claimCount: int(row, "claimCount"),
    sourceCount: int(row, "sourceCount"),
    independentSourceCount: int(row, "independentSourceCount"),
    contested: bool(row, "contested"),
  };
}

/** The one way the nested evidence becomes flat columns (Cytoscape element data, export files). */
export function evidenceColumns(evidence: EvidenceColumns): EvidenceColumns {
  const { claimCount, sourceCount, independentSourceCount, contested } = evidence;
  return { claimCount, sourceCount, independentSourceCount, contested };
}

export function toEvidence(row: Row): Evidence {
  return {
    ...toEvidenceColumns(row),
    contestedBecause: strings(row, "contestedBecause"),
    disputes: rows(row, "disputes").map(toCitation),
  };
}

export function toMembership(row: Row): Membership {
  return {
    id: str(row, "id"),
    role: str(row, "role"),
    member: str(row, "member"),
    memberName: str(row, "memberName"),
    group: str(row, "group"),
    groupName: str(row, "groupName"),
    citations: rows(row, "citations").map(toCitation),
  };
}
