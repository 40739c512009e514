import { auditQuerySchema } from "@/lib/admin/console-params";
import { errorResponse } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { listAudit } from "@/lib/audit/audit-entries";
import { requireSession } from "@/lib/auth/request-auth";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    await requireSession(request, { role: "admin" });
    const query = parseQuery(auditQuerySchema, request);
    return noStoreResponse(await listAudit(getDb(), query));
  } catch (error) {
    return errorResponse(error);
  }
}
