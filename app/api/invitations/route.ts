import { errorResponse } from "@/lib/api/errors";
import { NO_PARAMS, parseQuery } from "@/lib/api/params/parse";
import { BODY_LIMITS, readJsonBody } from "@/lib/api/read-json-body";
import { noStoreResponse } from "@/lib/api/read-response";
import { auditActor } from "@/lib/auth/audit-actor";
import {
  createInvitation,
  createInvitationBodySchema,
  invitationLink,
  listInvitations,
  requestOrigin,
} from "@/lib/auth/invitations";
import { requireSession } from "@/lib/auth/request-auth";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    await requireSession(request, { role: "admin" });
    parseQuery(NO_PARAMS, request);
    return noStoreResponse({ invitations: await listInvitations(getDb()) });
  } catch (error) {
    return errorResponse(error);
  }
}

/** The link is in this answer only: Neo4j keeps its token's hash. */
export async function POST(request: Request): Promise<Response> {
  try {
    const session = await requireSession(request, { stateChanging: true, role: "admin" });
    const body = await readJsonBody(request, createInvitationBodySchema, {
      maxBytes: BODY_LIMITS.login,
    });
    const { invitation, token } = await createInvitation(
      getDb(),
      auditActor(session, request),
      body,
    );
    const link = invitationLink(requestOrigin(request), token);
    return noStoreResponse({ invitation, link }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
