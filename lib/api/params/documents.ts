import { z } from "zod";
import { intParam } from "@/lib/api/params/fields";

/** GET /api/documents */
export const documentsQuerySchema = z.strictObject({
  limit: intParam(1, 1000).default(100),
  offset: intParam(0, 100_000).default(0),
});
export type DocumentsQuery = z.output<typeof documentsQuerySchema>;
