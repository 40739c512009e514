import { z } from "zod";
import { Conflict, NotFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/audit-entries";
import { ROLES } from "@/lib/auth/accounts";
import type { AuditActor } from "@/lib/auth/audit-actor";
import { newPasswordSchema } from "@/lib/auth/password-change";
import { hashPassword } from "@/lib/auth/password";
import { deleteUserSessionsTx, forgetUserSessions } from "@/lib/auth/session-store";
import {
  findUserTx,
  mergeUserTx,
  publicUser,
  reserveConfiguredName,
  setPasswordTx,
  updateUserTx,
  type PublicUser,
} from "@/lib/auth/users";
import { usernameSchema } from "@/lib/config/env";
import { writeTx, type Db } from "@/lib/db/session";

export const displayNameSchema = z.string().trim().min(1).max(100);

/** The admin API's bodies: `POST /api/users` and `PATCH /api/users/{username}`. */
export const createUserBodySchema = z.strictObject({
  username: usernameSchema,
  displayName: displayNameSchema.optional(),
  role: z.enum(ROLES),
  password: newPasswordSchema,
});

export const updateUserBodySchema = z
  .strictObject({
    displayName: displayNameSchema.optional(),
    role: z.enum(ROLES).optional(),
    disabled: z.boolean().optional(),
    password: newPasswordSchema.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, "name at least one field to change");

export const usernameParamsSchema = z.strictObject({ username: usernameSchema });

const noSuchUser = (username: string) => new NotFound(`No user "${username}".`);

/** What an audit entry shows of a user: never the hash. */
function auditedFields(user: PublicUser) {
  const { role, disabled, displayName } = user;
  return { role, disabled, displayName };
}

/** A new account with its audit entry, in one transaction; 409 when the name is taken. */
export async function adminCreateUser(
  db: Db,
  actor: AuditActor,
  body: z.infer<typeof createUserBodySchema>,
): Promise<PublicUser> {
  const { password, ...rest } = body;
  await reserveConfiguredName(db, body.username);
  const passwordHash = await hashPassword(password);
  return writeTx(db, async (tx) => {
    const created = await mergeUserTx(tx, { ...rest, passwordHash });
    if (!created) {
      throw new Conflict("user_exists", `There is already a user "${body.username}".`);
    }
    await recordAudit(tx, {
      ...actor,
      action: "user.create",
      target: created.username,
      after: auditedFields(created),
      outcome: "ok",
    });
    return created;
  });
}

/**
 * Re-role, rename, disable or enable, or reset the password, with the audit entries, in one
 * transaction. Disabling and a reset end the user's sessions in it (the lookup refuses them
 * anyway); an admin cannot disable or demote themselves, so the last admin cannot lock everybody
 * out by a slip (that refusal is recorded in a transaction of its own).
 */
export async function adminUpdateUser(
  db: Db,
  actor: AuditActor,
  username: string,
  body: z.infer<typeof updateUserBodySchema>,
): Promise<PublicUser> {
  const { password, ...changes } = body;
  if (username === actor.user && (body.disabled || (body.role && body.role !== "admin"))) {
    const refusal = new Conflict(
      "own_account",
      "An admin cannot disable or demote their own account.",
    );
    await writeTx(db, (tx) =>
      recordAudit(tx, {
        ...actor,
        action: "user.update",
        target: username,
        after: changes,
        outcome: "refused",
        error: { code: refusal.code, message: refusal.message },
      }),
    ).catch((error: unknown) => console.error("The refusal could not be audited:", error));
    throw refusal;
  }
  const passwordHash = password === undefined ? undefined : await hashPassword(password);
  const result = await writeTx(db, async (tx) => {
    const before = await findUserTx(tx, username);
    if (!before) throw noSuchUser(username);
    const now = Date.now();
    if (Object.keys(changes).length > 0) {
      await updateUserTx(tx, username, changes);
      const after = await findUserTx(tx, username);
      await recordAudit(tx, {
        ...actor,
        action: "user.update",
        target: username,
        before: auditedFields(publicUser(before)),
        after: auditedFields(publicUser(after!)),
        outcome: "ok",
      });
    }
    if (passwordHash !== undefined) {
      await setPasswordTx(tx, username, passwordHash, now);
      await recordAudit(tx, {
        ...actor,
        action: "user.password",
        target: username,
        after: { passwordChangedAt: now, by: "admin" },
        outcome: "ok",
      });
    }
    if (passwordHash !== undefined || body.disabled) await deleteUserSessionsTx(tx, username);
    return publicUser((await findUserTx(tx, username))!);
  });
  forgetUserSessions(username);
  return result;
}

/** "Sign out everywhere": every session of the user ends on every instance; audited with it. */
export async function adminEndSessions(
  db: Db,
  actor: AuditActor,
  username: string,
): Promise<{ ended: number }> {
  const ended = await writeTx(db, async (tx) => {
    if (!(await findUserTx(tx, username))) throw noSuchUser(username);
    const count = await deleteUserSessionsTx(tx, username);
    await recordAudit(tx, {
      ...actor,
      action: "user.sessions.end",
      target: username,
      after: { ended: count },
      outcome: "ok",
    });
    return count;
  });
  forgetUserSessions(username);
  return { ended };
}
