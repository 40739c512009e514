import { EDGE_FAMILIES, type EdgeFamily } from "@/lib/graph/types";
import { ACTOR_KINDS, type ActorKind } from "@/lib/seed/schema";

/** The actor kinds and relationship families, with the names the explorer shows for them. */
export { ACTOR_KINDS, EDGE_FAMILIES, type ActorKind, type EdgeFamily };

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

export const FAMILY_NAMES: Record<EdgeFamily, string> = {
  influence: "Influence",
  hostility: "Hostility",
  membership: "Membership",
};

export function kindName(kind: string): string {
  return KIND_NAMES[kind as ActorKind] ?? kind;
}
