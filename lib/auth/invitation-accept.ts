import { z } from "zod";
import { Conflict } from "@/lib/api/errors";
import { clientAddress } from "@/lib/api/rate-limit";
import { BODY_LIMITS, readJsonBody } from "@/lib/api/read-json-body";
import { recordAudit } from "@/lib/audit/audit-entries";
import {
  assertPending,
  auditInvitation,
  findInvitationByToken,
  invitationTokenSchema,
  lockInvitationTx,
} from "@/lib/auth/invitations";
import { assertLoginRateLimit, sessionClient } from "@/lib/auth/login";
import { newPasswordSchema } from "@/lib/auth/password-change";
import { hashPassword, signInGate } from "@/lib/auth/password";
import { assertSameOrigin } from "@/lib/auth/request-auth";
import { createSession, type NewSession } from "@/lib/auth/session-store";
import { hashInvitationToken } from "@/lib/auth/session-token";
import { displayNameSchema } from "@/lib/auth/user-admin";
import { mergeUserTx, reserveConfiguredName } from "@/lib/auth/users";
import { usernameSchema } from "@/lib/config/env";
import { getDb } from "@/lib/db/driver";
import { txRows, writeTx } from "@/lib/db/session";

/** `POST /api/invitations/accept`, and the invite page's form. */
export const acceptInvitationBodySchema = z.strictObject({
  token: invitationTokenSchema,
  username: usernameSchema,
  displayName: displayNameSchema.optional(),
  password: newPasswordSchema,
});

/**
 * Creates the account an invitation grants and signs it in. One transaction marks the invitation
 * used (only if it is still pending, under its lock: of concurrent accepts exactly one wins),
 * creates the user (a taken name rolls everything back, 409 `user_exists`) and writes the audit
 * entries. Gated like a sign-in, since it hashes a password.
 */
export async function acceptInvitation(request: Request): Promise<NewSession> {
  assertSameOrigin(request);
  assertLoginRateLimit(request);
  const body = await readJsonBody(request, acceptInvitationBodySchema, {
    maxBytes: BODY_LIMITS.login,
  });
  const db = getDb();
  const client = sessionClient(request);
  return signInGate(async () => {
    // A dead, used or unknown link is refused before the slow hash.
    assertPending(await findInvitationByToken(db, body.token));
    await reserveConfiguredName(db, body.username);
    const passwordHash = await hashPassword(body.password);
    const user = await writeTx(db, async (tx) => {
      const invitation = assertPending(
        await lockInvitationTx(tx, "tokenHash", hashInvitationToken(body.token)),
      );
      const now = Date.now();
      const created = await mergeUserTx(
        tx,
        {
          username: body.username,
          displayName: body.displayName,
          role: invitation.role,
          passwordHash,
        },
        now,
      );
      if (!created) {
        throw new Conflict("user_exists", `There is already a user "${body.username}".`);
      }
      await txRows(tx, "MATCH (i:Invitation {id: $id}) SET i.usedAt = $now, i.usedBy = $username", {
        id: invitation.id,
        now,
        username: created.username,
      });
      const actor = {
        user: created.username,
        role: created.role,
        sessionId: null,
        ip: clientAddress(request),
      };
      const { role, disabled, displayName } = created;
      await recordAudit(tx, {
        ...actor,
        action: "user.create",
        target: created.username,
        after: { role, disabled, displayName, invitation: invitation.id },
        outcome: "ok",
      });
      await auditInvitation(
        tx,
        actor,
        "invitation.accept",
        { ...invitation, usedAt: now, usedBy: created.username, state: "used" },
        { usedBy: created.username },
      );
      return created;
    });
    return createSession(db, user, client);
  });
}
