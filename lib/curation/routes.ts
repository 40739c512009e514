import { idParamsSchema } from "@/lib/api/params/id";
import { parseParams } from "@/lib/api/params/parse";
import { auditActor, type AuditActor } from "@/lib/auth/audit-actor";
import { requireSession } from "@/lib/auth/request-auth";

/** A document route's JSON body cap: the longest text allowed, at up to 4 bytes a character. */
export const DOCUMENT_BODY_MAX = 8 * 1024 * 1024;

/** The curator behind a state-changing document request (admins pass), as the audit names them. */
export async function curatorActor(request: Request): Promise<AuditActor> {
  const session = await requireSession(request, { stateChanging: true, role: "curator" });
  return auditActor(session, request);
}

/** The `[id]` of /api/documents/{id}/…, checked like every other id. */
export async function documentIdOf(context: { params: Promise<{ id: string }> }): Promise<string> {
  return parseParams(idParamsSchema, await context.params).id;
}
