import { errorResponse } from "@/lib/api/errors";
import { entryHistoryQuerySchema } from "@/lib/curation/history-params";
import { parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { listHistory } from "@/lib/audit/audit-history";
import { requireSession } from "@/lib/auth/request-auth";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** The history of one document, actor, claim or relationship, or the global feed: newest first. */
export async function GET(request: Request): Promise<Response> {
  try {
    await requireSession(request, { role: "curator" });
    const query = parseQuery(entryHistoryQuerySchema, request);
    return noStoreResponse(await listHistory(getDb(), query));
  } catch (error) {
    return errorResponse(error);
  }
}
