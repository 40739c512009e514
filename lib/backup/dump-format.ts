import { z } from "zod";

export const DUMP_FORMAT = "influence-atlas-graph-dump";

/** Integers are tagged so that a round trip keeps them integers (JSON has one number type). */
const scalar = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.strictObject({ $int: z.string().regex(/^-?\d+$/) }),
]);
const propertyValue = z.union([scalar, z.array(scalar)]);
const properties = z.record(z.string(), propertyValue);
// Labels and types are interpolated into Cypher on load, so only plain identifiers are accepted.
const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a plain identifier");

export const graphDumpSchema = z.strictObject({
  format: z.literal(DUMP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  checksum: z.string(),
  nodes: z.array(z.strictObject({ key: z.string(), labels: z.array(identifier), properties })),
  relationships: z.array(
    z.strictObject({ type: identifier, start: z.string(), end: z.string(), properties }),
  ),
});

export type GraphDump = z.infer<typeof graphDumpSchema>;
export type DumpProperties = z.infer<typeof properties>;
