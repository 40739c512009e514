import { z } from "zod";
import { Unauthorized } from "@/lib/api/errors";
import { BODY_LIMITS, readJsonBody } from "@/lib/api/read-json-body";
import { auditActor } from "@/lib/auth/audit-actor";
import { assertNotThrottled, sessionClient } from "@/lib/auth/login";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { requireSession } from "@/lib/auth/request-auth";
import { replaceSessionsAfterPasswordChange, type NewSession } from "@/lib/auth/session-store";
import { clearLoginFailures, recordLoginFailure } from "@/lib/auth/throttle";
import { findUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db/driver";

/** A new password: the same floor as the configured ones (ATLAS_*_PASSWORD). */
export const newPasswordSchema = z.string().min(12, "must be at least 12 characters").max(1024);

export const passwordChangeBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: newPasswordSchema,
});

/**
 * `POST /api/auth/password`: the signed-in user, with their current password, sets a new one.
 * Every session of theirs ends, on every instance; the answer carries the one fresh session.
 */
export async function changeOwnPassword(request: Request): Promise<NewSession> {
  const session = await requireSession(request, { stateChanging: true });
  const { currentPassword, newPassword } = await readJsonBody(request, passwordChangeBodySchema, {
    maxBytes: BODY_LIMITS.login,
  });
  const keys = [`user:${session.username}`];
  assertNotThrottled(keys);
  const db = getDb();
  const user = await findUser(db, session.username);
  if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
    recordLoginFailure(keys);
    throw new Unauthorized("The current password is wrong.");
  }
  clearLoginFailures(keys);
  return replaceSessionsAfterPasswordChange(
    db,
    user,
    await hashPassword(newPassword),
    sessionClient(request),
    auditActor(session, request),
  );
}
