import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import {
  auditInvitation,
  invitationLink,
  SETUP_INVITATION_HOURS,
  SETUP_INVITATION_ID,
  type Invitation,
} from "@/lib/auth/invitations";
import { hashInvitationToken, randomToken } from "@/lib/auth/session-token";
import { ensureConfiguredUsers } from "@/lib/auth/users";
import type { Env } from "@/lib/config/env";
import { readRows, txRows, writeTx, type Db } from "@/lib/db/session";

/**
 * The first admin, without a generated password: when no ATLAS_ADMIN_PASSWORD is configured and
 * Neo4j holds no admin, the first start issues a one-time setup link (an invitation for the admin
 * role with the fixed id "setup", valid 24 h). Only its hash is stored; the link is printed on the
 * terminal of the instance that created it, never in an HTTP response or a page.
 */
export type FirstStart =
  /** ATLAS_ADMIN_PASSWORD is set: the configured admin was created (or existed already). */
  | { kind: "configured" }
  | { kind: "admin-exists" }
  /** This instance created the setup invitation: the only place the link is known. */
  | { kind: "created"; link: string; expiresAt: number }
  /** Another start created it (or an earlier one): its link was printed there. */
  | { kind: "already-issued"; invitation: Pick<Invitation, "createdAt" | "expiresAt" | "usedAt"> };

const SYSTEM_ACTOR = { user: "system", role: "system", sessionId: null, ip: null };

/** Where the printed link points: ATLAS_PUBLIC_ORIGIN, else the instance's HOST and PORT. */
export function serverOrigin(env: Env): string {
  if (env.ATLAS_PUBLIC_ORIGIN) return new URL(env.ATLAS_PUBLIC_ORIGIN).origin;
  const host = ["0.0.0.0", "::", "127.0.0.1"].includes(env.HOST) ? "localhost" : env.HOST;
  return `http://${host.includes(":") ? `[${host}]` : host}:${env.PORT}`;
}

export async function hasAdmin(db: Db): Promise<boolean> {
  const rows = await readRows(db, "MATCH (u:User {role: 'admin'}) RETURN u.username LIMIT 1");
  return rows.length > 0;
}

function setupFields(token: string, now: number, createdBy: string) {
  return {
    id: SETUP_INVITATION_ID,
    tokenHash: hashInvitationToken(token),
    createdBy,
    now,
    expiresAt: now + SETUP_INVITATION_HOURS * 3_600_000,
  };
}

async function auditSetup(tx: ManagedTransaction, user: string, fields: { expiresAt: number }) {
  await auditInvitation(
    tx,
    { ...SYSTEM_ACTOR, user },
    "invitation.create",
    {
      id: SETUP_INVITATION_ID,
      role: "admin",
      createdBy: user,
      createdAt: Date.now(),
      expiresAt: fields.expiresAt,
      usedAt: null,
      usedBy: null,
      revokedAt: null,
      state: "pending",
    },
    { setup: true },
  );
}

/**
 * What a server start does about accounts (instrumentation.ts): the configured accounts become
 * User nodes; with no ATLAS_ADMIN_PASSWORD and no admin in Neo4j, the setup invitation is MERGEd
 * on its constrained fixed id, ON CREATE only, so of any number of instances starting at once
 * exactly one creates it (its nonce is the one stored) and only that one knows the link.
 */
export async function prepareFirstStart(db: Db, env: Env): Promise<FirstStart> {
  await ensureConfiguredUsers(db, env);
  if (env.ATLAS_ADMIN_PASSWORD) return { kind: "configured" };
  if (await hasAdmin(db)) return { kind: "admin-exists" };
  const token = randomToken();
  const nonce = randomUUID();
  const fields = setupFields(token, Date.now(), "system");
  return writeTx(db, async (tx) => {
    const [row] = await txRows(
      tx,
      `MERGE (i:Invitation {id: $id})
       ON CREATE SET i.tokenHash = $tokenHash, i.role = 'admin', i.createdBy = $createdBy,
         i.createdAt = $now, i.expiresAt = $expiresAt, i.nonce = $nonce
       RETURN i.nonce = $nonce AS created, i.createdAt AS createdAt, i.expiresAt AS expiresAt,
         i.usedAt AS usedAt`,
      { ...fields, nonce },
    );
    if (row?.created !== true) {
      return {
        kind: "already-issued" as const,
        invitation: {
          createdAt: row!.createdAt as number,
          expiresAt: row!.expiresAt as number,
          usedAt: (row!.usedAt as number | null) ?? null,
        },
      };
    }
    await auditSetup(tx, "system", fields);
    return {
      kind: "created" as const,
      link: invitationLink(serverOrigin(env), token),
      expiresAt: fields.expiresAt,
    };
  });
}

/**
 * `npm run users:setup-link`: a fresh setup link, replacing the setup invitation whatever its state
 * (the old link stops working). Refused while an admin exists unless `force`: further accounts are
 * invited from /admin.
 */
export async function reissueSetupLink(
  db: Db,
  env: Env,
  options: { force?: boolean } = {},
): Promise<{ link: string; expiresAt: number } | { refused: "admin-exists" }> {
  if (!options.force && (await hasAdmin(db))) return { refused: "admin-exists" };
  const token = randomToken();
  const fields = setupFields(token, Date.now(), "cli");
  await writeTx(db, async (tx) => {
    await txRows(
      tx,
      `MERGE (i:Invitation {id: $id})
       SET i.tokenHash = $tokenHash, i.role = 'admin', i.createdBy = $createdBy,
         i.createdAt = $now, i.expiresAt = $expiresAt, i.usedAt = null, i.usedBy = null,
         i.revokedAt = null, i.revokedBy = null, i.nonce = null`,
      fields,
    );
    await auditSetup(tx, "cli", fields);
  });
  return { link: invitationLink(serverOrigin(env), token), expiresAt: fields.expiresAt };
}

/** The lines a start prints for its outcome: the link only on the instance that created it. */
export function firstStartMessage(outcome: FirstStart): string | null {
  switch (outcome.kind) {
    case "created":
      return [
        "",
        `Open ${outcome.link} to create the first admin account (valid ${SETUP_INVITATION_HOURS} h).`,
        "The link works once and is not shown again; lost it? Run `npm run users:setup-link`.",
        "",
      ].join("\n");
    case "already-issued": {
      const state =
        outcome.invitation.usedAt != null
          ? "was used"
          : outcome.invitation.expiresAt <= Date.now()
            ? "has expired"
            : `holds until ${new Date(outcome.invitation.expiresAt).toISOString()}`;
      return `No admin account yet: a setup link was already issued (printed by the start that made it; it ${state}). Run \`npm run users:setup-link\` for a new one.`;
    }
    default:
      return null;
  }
}
