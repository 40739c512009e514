import { z } from "zod";
import { cypherValueSchema } from "@/lib/values/value-schema";

/** A console query's parameters: a map of Cypher values in the wire format (docs/admin-console.md). */
export const cypherParamsSchema = z.record(z.string(), cypherValueSchema);
