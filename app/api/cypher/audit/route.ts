import { readAudit } from "@/lib/admin/audit-log";
import { errorResponse } from "@/lib/api/errors";
import { NO_PARAMS, parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { requireSession } from "@/lib/auth/request-auth";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    await requireSession(request, { role: "admin" });
    parseQuery(NO_PARAMS, request);
    return noStoreResponse({ entries: await readAudit() });
  } catch (error) {
    return errorResponse(error);
  }
}
