import { z } from "zod";
import { cypherValueSchema } from "@/lib/values/value-schema";

export const DUMP_FORMAT = "influence-atlas-graph-dump";

/** Property values in the lossless wire format (lib/values/cypher-json.ts), temporal and spatial included. */
const properties = z.record(z.string(), cypherValueSchema);
// Labels and types are interpolated into Cypher on load, so only plain identifiers are accepted.
const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a plain identifier");

const dumpShape = <P extends z.ZodType>(props: P) => ({
  format: z.literal(DUMP_FORMAT),
  exportedAt: z.string(),
  checksum: z.string(),
  nodes: z.array(
    z.strictObject({ key: z.string(), labels: z.array(identifier), properties: props }),
  ),
  relationships: z.array(
    z.strictObject({ type: identifier, start: z.string(), end: z.string(), properties: props }),
  ),
});

// Version 1 (before temporal values) tagged only integers, as {"$int": "…"}, so its plain numbers
// are floats. Read into version 2's values, old dumps still load.
const v1Scalar = z
  .union([
    z.string(),
    z.number(),
    z.boolean(),
    z.strictObject({ $int: z.string().regex(/^-?\d+$/) }),
  ])
  .transform((value): unknown => {
    if (typeof value === "number") return { $type: "Float", value };
    if (typeof value === "object") return { $type: "Integer", value: value.$int };
    return value;
  });
const v1Properties = z.record(z.string(), z.union([v1Scalar, z.array(v1Scalar)]));

// The format is checked first, so a file that is not a dump at all is told so, not "bad version".
export const graphDumpSchema = z
  .looseObject({ format: z.literal(DUMP_FORMAT) })
  .pipe(
    z.discriminatedUnion("version", [
      z.strictObject({ version: z.literal(2), ...dumpShape(properties) }),
      z.strictObject({ version: z.literal(1), ...dumpShape(v1Properties) }),
    ]),
  );

export type GraphDump = z.infer<typeof graphDumpSchema>;
