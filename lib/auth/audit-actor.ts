import { createHash } from "node:crypto";
import { clientAddress } from "@/lib/api/rate-limit";
import type { AuditInput } from "@/lib/audit/audit-entries";
import type { Session } from "@/lib/auth/session-token";

export type AuditActor = Pick<AuditInput, "user" | "role" | "sessionId" | "ip">;

/**
 * Who makes a change, as its audit entry names them. The session id authenticates, so the entry
 * keeps a short hash of it: enough to tell one sign-in's actions from another's.
 */
export function auditActor(session: Session, request: Request): AuditActor {
  return {
    user: session.username,
    role: session.role,
    sessionId: createHash("sha256").update(session.id).digest("hex").slice(0, 16),
    ip: clientAddress(request),
  };
}
