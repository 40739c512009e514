/**
 * What an entry is about: `(:AuditRef {ref, entryId, at})`, one per thing the change touched,
 * `ref` being "claim:<id>", "actor:<id>", "edge:<id>", "document:<id>" or "entry:<id>".
 *
 * Why a node of its own, not `(:AuditEntry)-[:ABOUT]->(thing)`: an edge is a relationship, which
 * no relationship can point at; a claim or an edge may be deleted while its history must stay;
 * and a link into the graph would put the audit into graphChecksum, exports and the seed's
 * re-import (records about the graph stay beside it, RECORD_LABELS). An array property on the
 * entry cannot be indexed for membership; `ref` with `at` can, so one thing's history is read
 * newest first from the index, whatever the size of the audit.
 */
export const AUDIT_REF_LABEL = "AuditRef";

/** `entry`: the entry a revert undid, so a history can say "reverted by". */
export const ABOUT_KINDS = ["document", "actor", "claim", "edge", "entry"] as const;
export type AboutKind = (typeof ABOUT_KINDS)[number];

const PLURALS = {
  document: "documents",
  actor: "actors",
  claim: "claims",
  edge: "edges",
  entry: "entries",
} as const satisfies Record<AboutKind, string>;

/** The things one change touched, by kind: filled in by the curation writes. */
export type AuditAbout = Partial<
  Record<(typeof PLURALS)[AboutKind], ReadonlyArray<string | null | undefined>>
>;

export const aboutRef = (kind: AboutKind, id: string) => `${kind}:${id}`;

/** The distinct refs of an `about`, empties dropped. */
export function aboutRefs(about: AuditAbout | undefined): string[] {
  if (!about) return [];
  const refs = new Set<string>();
  for (const kind of ABOUT_KINDS) {
    for (const id of about[PLURALS[kind]] ?? []) if (id) refs.add(aboutRef(kind, id));
  }
  return [...refs];
}

/**
 * The clause that writes an entry's refs (`$refs`, from aboutRefs), appended to the statement that
 * creates the entry `entry` (recordAudit only): an entry and what it is about cost one round trip
 * in the change's transaction, not two. No refs, no rows: the entry is still created.
 */
export const createAuditRefs = (entry: string) =>
  `WITH ${entry} UNWIND $refs AS ref
   CREATE (:${AUDIT_REF_LABEL} {ref: ref, entryId: ${entry}.id, at: ${entry}.at})`;
