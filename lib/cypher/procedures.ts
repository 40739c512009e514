/** Procedures an analyst may CALL: schema look-ups and full-text search. Everything else is refused. */
export const READ_PROCEDURES = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  "db.index.fulltext.listAvailableAnalyzers",
  "db.awaitIndex",
  "db.awaitIndexes",
  "db.info",
  "db.ping",
] as const;

/** Write mode (admin) may also create tokens and refresh indexes; never dbms.* or tx.*. */
export const WRITE_PROCEDURES = [
  ...READ_PROCEDURES,
  "db.createLabel",
  "db.createRelationshipType",
  "db.createProperty",
  "db.index.fulltext.awaitEventuallyConsistentIndexRefresh",
  "db.resampleIndex",
  "db.resampleOutdatedIndexes",
] as const;

export function procedureAllowed(name: string, mode: "read" | "write"): boolean {
  const list: readonly string[] = mode === "write" ? WRITE_PROCEDURES : READ_PROCEDURES;
  return list.some((allowed) => allowed.toLowerCase() === name.toLowerCase());
}
