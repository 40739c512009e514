import { errorResponse } from "@/lib/api/errors";
import { NO_PARAMS, parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { requireSession } from "@/lib/auth/request-auth";
import { listMerges } from "@/lib/curation/merge-records";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** The latest merges, newest first (curators). */
export async function GET(request: Request): Promise<Response> {
  try {
    await requireSession(request, { role: "curator" });
    parseQuery(NO_PARAMS, request);
    return noStoreResponse({ merges: await listMerges(getDb()) });
  } catch (error) {
    return errorResponse(error);
  }
}
