import { z } from "zod";
import { slug } from "@/lib/api/params/fields";

/** The `[id]` segment of /api/actors/{id}, /api/relationships/{id}, /api/documents/{id}. */
export const idParamsSchema = z.strictObject({ id: slug });
export type IdParams = z.output<typeof idParamsSchema>;
