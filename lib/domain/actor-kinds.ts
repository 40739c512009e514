/** What an actor is. Stored on every actor as `kind`; the graph schema maps each to a Neo4j label. */
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

/** The names people read for each kind. */
export const ACTOR_KIND_NAMES: Record<ActorKind, string> = {
  person: "Person",
  state: "State",
  "government-body": "Government body",
  military: "Military",
  organisation: "Organisation",
  "armed-group": "Armed group",
  "political-movement": "Political movement",
  community: "Community",
};

export function isActorKind(value: unknown): value is ActorKind {
  return (ACTOR_KINDS as readonly unknown[]).includes(value);
}

export function actorKindName(kind: string): string {
  return isActorKind(kind) ? ACTOR_KIND_NAMES[kind] : kind;
}
