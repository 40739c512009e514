import { errorResponse } from "@/lib/api/errors";
import { parseParams } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { auditActor } from "@/lib/auth/audit-actor";
import { requireSession } from "@/lib/auth/request-auth";
import { listUserSessions } from "@/lib/auth/session-store";
import { adminEndSessions, usernameParamsSchema } from "@/lib/auth/user-admin";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ username: string }>;
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  try {
    await requireSession(request, { role: "admin" });
    const { username } = parseParams(usernameParamsSchema, await params);
    return noStoreResponse({ sessions: await listUserSessions(getDb(), username) });
  } catch (error) {
    return errorResponse(error);
  }
}

/** "Sign out everywhere": ends every session of the user on every instance. */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  try {
    const session = await requireSession(request, { stateChanging: true, role: "admin" });
    const { username } = parseParams(usernameParamsSchema, await params);
    return noStoreResponse(await adminEndSessions(getDb(), auditActor(session, request), username));
  } catch (error) {
    return errorResponse(error);
  }
}
