/** The actor kinds and relationship families as the explorer shows them. */
export const ACTOR_KINDS = [
  "person",
  "state",
  "government-body",
  "military",
  "organisation",
  "armed-group",
  "political-movement",
  "community",
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const KIND_NAMES: Record<ActorKind, string> = {
  person: "Person",
  state: "State",
  "government-body": "Government body",
  military: "Military",
  organisation: "Organisation",
  "armed-group": "Armed group",
  "political-movement": "Political movement",
  community: "Community",
};

export const EDGE_FAMILIES = ["influence", "hostility", "membership"] as const;
export type EdgeFamily = (typeof EDGE_FAMILIES)[number];

export const FAMILY_NAMES: Record<EdgeFamily, string> = {
  influence: "Influence",
  hostility: "Hostility",
  membership: "Membership",
};

export function kindName(kind: string): string {
  return KIND_NAMES[kind as ActorKind] ?? kind;
}
