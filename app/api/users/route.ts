import { errorResponse } from "@/lib/api/errors";
import { NO_PARAMS, parseQuery } from "@/lib/api/params/parse";
import { BODY_LIMITS, readJsonBody } from "@/lib/api/read-json-body";
import { noStoreResponse } from "@/lib/api/read-response";
import { auditActor } from "@/lib/auth/audit-actor";
import { requireSession } from "@/lib/auth/request-auth";
import { adminCreateUser, createUserBodySchema } from "@/lib/auth/user-admin";
import { listUsers } from "@/lib/auth/users";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    await requireSession(request, { role: "admin" });
    parseQuery(NO_PARAMS, request);
    return noStoreResponse({ users: await listUsers(getDb()) });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request): Promise<Response> {
  try {
    const session = await requireSession(request, { stateChanging: true, role: "admin" });
    const body = await readJsonBody(request, createUserBodySchema, { maxBytes: BODY_LIMITS.login });
    const user = await adminCreateUser(getDb(), auditActor(session, request), body);
    return noStoreResponse(user, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
