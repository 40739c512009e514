import { z } from "zod";
import { Conflict, NotFound } from "@/lib/api/errors";
import { ROLES } from "@/lib/auth/accounts";
import { newPasswordSchema } from "@/lib/auth/password-change";
import { hashPassword } from "@/lib/auth/password";
import { deleteUserSessions } from "@/lib/auth/session-store";
import type { Session } from "@/lib/auth/session-token";
import {
  createUser,
  findUser,
  publicUser,
  setPassword,
  updateUser,
  type PublicUser,
} from "@/lib/auth/users";
import { usernameSchema } from "@/lib/config/env";
import type { Db } from "@/lib/db/session";

/** The admin API's bodies: `POST /api/users` and `PATCH /api/users/{username}`. */
export const createUserBodySchema = z.strictObject({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(100).optional(),
  role: z.enum(ROLES),
  password: newPasswordSchema,
});

export const updateUserBodySchema = z
  .strictObject({
    displayName: z.string().trim().min(1).max(100).optional(),
    role: z.enum(ROLES).optional(),
    disabled: z.boolean().optional(),
    password: newPasswordSchema.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, "name at least one field to change");

export const usernameParamsSchema = z.strictObject({ username: usernameSchema });

export async function adminCreateUser(
  db: Db,
  body: z.infer<typeof createUserBodySchema>,
): Promise<PublicUser> {
  const { password, ...rest } = body;
  await createUser(db, { ...rest, passwordHash: await hashPassword(password) });
  return publicUser((await findUser(db, body.username))!);
}

/**
 * Re-role, rename, disable or enable, or reset the password. Disabling and a reset end the user's
 * sessions at once (the lookup refuses them anyway); an admin cannot disable or demote themselves,
 * so the last admin cannot lock everybody out by a slip.
 */
export async function adminUpdateUser(
  db: Db,
  actor: Session,
  username: string,
  body: z.infer<typeof updateUserBodySchema>,
): Promise<PublicUser> {
  if (username === actor.username && (body.disabled || (body.role && body.role !== "admin"))) {
    throw new Conflict("own_account", "An admin cannot disable or demote their own account.");
  }
  const { password, ...changes } = body;
  if (!(await updateUser(db, username, changes))) throw new NotFound(`No user "${username}".`);
  if (password !== undefined) {
    await setPassword(db, username, await hashPassword(password));
  }
  if (password !== undefined || body.disabled) await deleteUserSessions(db, username);
  return publicUser((await findUser(db, username))!);
}

/** "Sign out everywhere": every session of the user ends on every instance. */
export async function adminEndSessions(db: Db, username: string): Promise<{ ended: number }> {
  if (!(await findUser(db, username))) throw new NotFound(`No user "${username}".`);
  return { ended: await deleteUserSessions(db, username) };
}
