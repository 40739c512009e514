import { runConsoleQuery, cypherBodySchema } from "@/lib/admin/console-query";
import { auditActor } from "@/lib/auth/audit-actor";
import { assertCypherRateLimit } from "@/lib/admin/cypher-rate-limit";
import { errorResponse } from "@/lib/api/errors";
import { BODY_LIMITS, readJsonBody } from "@/lib/api/read-json-body";
import { noStoreResponse } from "@/lib/api/read-response";
import { requireSession } from "@/lib/auth/request-auth";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    await assertCypherRateLimit(request);
    const session = await requireSession(request, { stateChanging: true, role: "analyst" });
    const body = await readJsonBody(request, cypherBodySchema, { maxBytes: BODY_LIMITS.cypher });
    const result = await runConsoleQuery(getDb(), auditActor(session, request), body);
    return noStoreResponse(result);
  } catch (error) {
    return errorResponse(error);
  }
}
