import type { Relationship, RelationshipDate } from "@/lib/graph/types";
import { formatRange } from "@/lib/domain/periods";

export const RELATIONSHIP_GROUPS = [
  { key: "influence-given", family: "influence", given: true, title: "Influence given" },
  { key: "influence-received", family: "influence", given: false, title: "Influence received" },
  { key: "hostility-given", family: "hostility", given: true, title: "Hostility given" },
  { key: "hostility-received", family: "hostility", given: false, title: "Hostility received" },
] as const;

export type RelationshipGroupKey = (typeof RELATIONSHIP_GROUPS)[number]["key"];

/** Splits an actor's relationships into influence / hostility, given / received, strongest first. */
export function groupRelationships(
  actorId: string,
  relationships: Relationship[],
): Record<RelationshipGroupKey, Relationship[]> {
  const groups = Object.fromEntries(
    RELATIONSHIP_GROUPS.map((group) => [group.key, [] as Relationship[]]),
  ) as Record<RelationshipGroupKey, Relationship[]>;
  for (const relationship of relationships) {
    const given = relationship.source === actorId;
    const group = RELATIONSHIP_GROUPS.find(
      (candidate) => candidate.family === relationship.family && candidate.given === given,
    );
    if (group) groups[group.key].push(relationship);
  }
  for (const list of Object.values(groups)) list.sort((a, b) => b.weight - a.weight);
  return groups;
}

/** "January 5 (5 Jan 2020)", or null for an undated relationship. */
export function describeDate(date: RelationshipDate | null): string | null {
  if (!date) return null;
  const range = formatRange(date.start, date.end);
  const inferred = date.yearInferred ? ", year inferred" : "";
  return date.label
    ? `${date.label} (${range}${inferred})`
    : `${range}${inferred ? ` (year inferred)` : ""}`;
}
