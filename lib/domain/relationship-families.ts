/**
 * The families of ties between actors and the kinds within each. Influence and hostility are the
 * relationships a source asserts; membership is structural (an actor belongs to a group).
 * Meanings of the kinds are in graph-seed/README.md; the two kind lists stay disjoint so that a
 * kind names its family.
 */
export const RELATIONSHIP_FAMILIES = ["influence", "hostility"] as const;
export type RelationshipFamily = (typeof RELATIONSHIP_FAMILIES)[number];

/** What the graph draws as an edge: the relationship families plus membership. */
export const EDGE_FAMILIES = [...RELATIONSHIP_FAMILIES, "membership"] as const;
export type EdgeFamily = (typeof EDGE_FAMILIES)[number];

export const FAMILY_NAMES: Record<EdgeFamily, string> = {
  influence: "Influence",
  hostility: "Hostility",
  membership: "Membership",
};

export const INFLUENCE_KINDS = [
  "advises",
  "allies-with",
  "backs",
  "commands",
  "cooperates-with",
  "courts",
  "cultivates",
  "encourages",
  "funds-or-supplies",
  "negotiates-with",
  "pressures",
  "supports",
  "trains",
] as const;
export type InfluenceKind = (typeof INFLUENCE_KINDS)[number];

export const HOSTILITY_KINDS = [
  "attacks",
  "criticises",
  "demands-withdrawal-of",
  "exploits",
  "fights",
  "kills",
  "opposes",
  "protests-against",
  "rebuffs",
  "rivals",
  "sanctions",
  "suspends-cooperation-with",
  "threatens",
] as const;
export type HostilityKind = (typeof HOSTILITY_KINDS)[number];

export function isRelationshipFamily(value: unknown): value is RelationshipFamily {
  return (RELATIONSHIP_FAMILIES as readonly unknown[]).includes(value);
}
