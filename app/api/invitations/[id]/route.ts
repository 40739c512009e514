import { errorResponse } from "@/lib/api/errors";
import { parseParams } from "@/lib/api/params/parse";
import { noStoreResponse } from "@/lib/api/read-response";
import { auditActor } from "@/lib/auth/audit-actor";
import { invitationIdParamsSchema, revokeInvitation } from "@/lib/auth/invitations";
import { requireSession } from "@/lib/auth/request-auth";
import { getDb } from "@/lib/db/driver";

export const dynamic = "force-dynamic";

/** Revokes a pending invitation: its link stops working on every instance at once. */
export async function DELETE(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const session = await requireSession(request, { stateChanging: true, role: "admin" });
    const { id } = parseParams(invitationIdParamsSchema, await params);
    const invitation = await revokeInvitation(getDb(), auditActor(session, request), id);
    return noStoreResponse({ invitation });
  } catch (error) {
    return errorResponse(error);
  }
}
