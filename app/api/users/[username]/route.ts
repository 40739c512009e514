import { errorResponse } from "@/lib/api/errors";
import { parseParams } from "@/lib/api/params/parse";
import { BODY_LIMITS, readJsonBody } from "@/lib/api/read-json-body";
import { noStoreResponse } from "@/lib/api/read-response";
import { auditActor } from "@/lib/auth/audit-actor";
import { requireSession } from "@/lib/auth/request-auth";
import { adminUpdateUser, updateUserBodySchema, usernameParamsSchema } from "@/lib/auth/user-admin";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

export async function PATCH(
  request: Request,
  { params }: { params: Promise<{ username: string }> },
): Promise<Response> {
  try {
    const session = await requireSession(request, { stateChanging: true, role: "admin" });
    const { username } = parseParams(usernameParamsSchema, await params);
    const body = await readJsonBody(request, updateUserBodySchema, { maxBytes: BODY_LIMITS.login });
    const actor = auditActor(session, request);
    return noStoreResponse(await adminUpdateUser(getDb(), actor, username, body));
  } catch (error) {
    return errorResponse(error);
  }
}
