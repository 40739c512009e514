import { z } from "zod";
import { enumParam, intParam } from "@/lib/api/params/fields";
import { HISTORY_MAX_ENTRIES, HISTORY_PAGE_MAX } from "@/lib/admin/history";
import { SAVED_QUERIES_MAX, SAVED_QUERIES_PAGE_MAX } from "@/lib/admin/saved-queries";
import { AUDIT_OUTCOMES, AUDIT_PAGE_MAX } from "@/lib/audit/audit-entries";

const name = z.string().min(1, "must not be empty").max(200, "must be at most 200 characters");

/** GET /api/cypher/audit: newest first, filtered by user, outcome and action. */
export const auditQuerySchema = z.strictObject({
  user: name.optional(),
  outcome: enumParam(AUDIT_OUTCOMES).optional(),
  action: name.optional(),
  limit: intParam(1, AUDIT_PAGE_MAX).default(50),
  offset: intParam(0, 1_000_000).default(0),
});

/** GET /api/cypher/history */
export const historyQuerySchema = z.strictObject({
  limit: intParam(1, HISTORY_PAGE_MAX).default(50),
  offset: intParam(0, HISTORY_MAX_ENTRIES).default(0),
});

/** GET /api/cypher/saved */
export const savedQueriesQuerySchema = z.strictObject({
  limit: intParam(1, SAVED_QUERIES_PAGE_MAX).default(SAVED_QUERIES_PAGE_MAX),
  offset: intParam(0, SAVED_QUERIES_MAX).default(0),
});
