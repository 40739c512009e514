import { randomUUID } from "node:crypto";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import { ApiError, Conflict, NotFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/audit-entries";
import { ROLES, type Role } from "@/lib/auth/accounts";
import type { AuditActor } from "@/lib/auth/audit-actor";
import { hashInvitationToken, randomToken } from "@/lib/auth/session-token";
import { parseEnv } from "@/lib/config/env";
import { readRows, txRows, writeTx, type Db, type Row } from "@/lib/db/session";

/**
 * `(:Invitation {id, tokenHash, role, createdBy, createdAt, expiresAt, usedAt, usedBy, revokedAt,
 * revokedBy})`: a one-time link to create an account of one role. The link carries 256 random
 * bits; Neo4j keeps only their SHA-256, so the link is shown once, when it is made. Times are epoch
 * milliseconds, like the users' and sessions'.
 */
export const INVITATION_STATES = ["pending", "used", "expired", "revoked"] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export interface Invitation {
  id: string;
  role: Role;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
  usedBy: string | null;
  revokedAt: number | null;
  state: InvitationState;
}

export const INVITATION_HOURS = { default: 72, min: 1, max: 336 } as const;

/** `POST /api/invitations`. */
export const createInvitationBodySchema = z.strictObject({
  role: z.enum(ROLES),
  expiresInHours: z
    .number()
    .int()
    .min(INVITATION_HOURS.min)
    .max(INVITATION_HOURS.max)
    .default(INVITATION_HOURS.default),
});

/** A link's token: 43 base64url characters (256 bits). */
export const invitationTokenSchema = z.string().regex(/^[\w-]{43}$/, "is not an invitation token");

export const invitationIdParamsSchema = z.strictObject({ id: z.string().min(1).max(64) });

/** How long the first start's setup link holds. */
export const SETUP_INVITATION_HOURS = 24;
export const SETUP_INVITATION_ID = "setup";

const FIELDS = `i.id AS id, i.role AS role, i.createdBy AS createdBy, i.createdAt AS createdAt,
  i.expiresAt AS expiresAt, i.usedAt AS usedAt, i.usedBy AS usedBy, i.revokedAt AS revokedAt`;

const HOUR_MS = 3_600_000;
// The list shows every pending invitation and those that ended (used, expired, revoked) recently.
const RECENT_MS = 30 * 24 * HOUR_MS;

function stateOf(row: Row, now: number): InvitationState {
  if (row.usedAt != null) return "used";
  if (row.revokedAt != null) return "revoked";
  return (row.expiresAt as number) <= now ? "expired" : "pending";
}

function toInvitation(row: Row, now = Date.now()): Invitation {
  return {
    id: row.id as string,
    role: row.role as Role,
    createdBy: row.createdBy as string,
    createdAt: row.createdAt as number,
    expiresAt: row.expiresAt as number,
    usedAt: (row.usedAt as number | null) ?? null,
    usedBy: (row.usedBy as string | null) ?? null,
    revokedAt: (row.revokedAt as number | null) ?? null,
    state: stateOf(row, now),
  };
}

/** The link for a token: ATLAS_PUBLIC_ORIGIN behind a proxy, else this request's own origin. */
export function invitationLink(origin: string, token: string): string {
  return `${origin.replace(/\/$/, "")}/invite/${token}`;
}

export function requestOrigin(request: Request): string {
  const configured = parseEnv().ATLAS_PUBLIC_ORIGIN;
  if (configured) return new URL(configured).origin;
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  return `${url.protocol}//${host}`;
}

export interface IssuedInvitation {
  invitation: Invitation;
  /** The one-time token: in the link only, never stored. */
  token: string;
}

/** A new invitation with its audit entry, in one transaction. */
export async function createInvitation(
  db: Db,
  actor: AuditActor,
  input: { role: Role; expiresInHours: number },
): Promise<IssuedInvitation> {
  const token = randomToken();
  const now = Date.now();
  const invitation = await writeTx(db, async (tx) => {
    const [row] = await txRows(
      tx,
      `CREATE (i:Invitation {id: $id, tokenHash: $tokenHash, role: $role, createdBy: $createdBy,
         createdAt: $now, expiresAt: $expiresAt})
       RETURN ${FIELDS}`,
      {
        id: randomUUID(),
        tokenHash: hashInvitationToken(token),
        role: input.role,
        createdBy: actor.user,
        now,
        expiresAt: now + input.expiresInHours * HOUR_MS,
      },
    );
    const created = toInvitation(row!, now);
    await auditInvitation(tx, actor, "invitation.create", created);
    return created;
  });
  return { invitation, token };
}

/** An invitation's audit entry: what it grants and when it ends, never its token or hash. */
export function auditInvitation(
  tx: ManagedTransaction,
  actor: AuditActor,
  action: "invitation.create" | "invitation.revoke" | "invitation.accept",
  invitation: Invitation,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const { id, role, expiresAt, state } = invitation;
  return recordAudit(tx, {
    ...actor,
    action,
    target: id,
    after: { role, expiresAt, state, ...extra },
    outcome: "ok",
  });
}

/** Pending invitations and those that ended in the last 30 days, newest first; never a token. */
export async function listInvitations(db: Db): Promise<Invitation[]> {
  const now = Date.now();
  const rows = await readRows(
    db,
    `MATCH (i:Invitation)
     WHERE (i.usedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > $now)
       OR i.createdAt > $since
     RETURN ${FIELDS} ORDER BY i.createdAt DESC LIMIT $limit`,
    { now, since: now - RECENT_MS, limit: neo4j.int(200) },
  );
  return rows.map((row) => toInvitation(row, now));
}

/** Revokes a pending invitation (its link stops working at once); audited with the change. */
export async function revokeInvitation(db: Db, actor: AuditActor, id: string): Promise<Invitation> {
  return writeTx(db, async (tx) => {
    const invitation = await lockInvitationTx(tx, "id", id);
    if (!invitation) throw new NotFound(`No invitation "${id}".`);
    if (invitation.state === "used") {
      throw new Conflict(
        "invitation_used",
        "This invitation was used already: disable the user instead.",
      );
    }
    if (invitation.state !== "pending") return invitation;
    const now = Date.now();
    await txRows(tx, "MATCH (i:Invitation {id: $id}) SET i.revokedAt = $now, i.revokedBy = $user", {
      id,
      now,
      user: actor.user,
    });
    const revoked = { ...invitation, revokedAt: now, state: "revoked" as const };
    await auditInvitation(tx, actor, "invitation.revoke", revoked);
    return revoked;
  });
}

/**
 * Takes the invitation's write lock first (a write to it), then reads it: a transaction that
 * waited for another's lock reads what that one committed, so of concurrent accepts of one link
 * exactly one sees it pending. Null when there is none.
 */
export async function lockInvitationTx(
  tx: ManagedTransaction,
  by: "id" | "tokenHash",
  value: string,
): Promise<Invitation | null> {
  const locked = await txRows(
    tx,
    `MATCH (i:Invitation {${by}: $value}) SET i.lockedAt = $now RETURN i.id AS id`,
    { value, now: Date.now() },
  );
  if (locked.length === 0) return null;
  const [row] = await txRows(tx, `MATCH (i:Invitation {id: $id}) RETURN ${FIELDS}`, {
    id: locked[0]!.id,
  });
  return toInvitation(row!);
}

/** The invitation a link stands for, as the invite page shows it; null when there is none. */
export async function findInvitationByToken(db: Db, token: string): Promise<Invitation | null> {
  const [row] = await readRows(
    db,
    `MATCH (i:Invitation {tokenHash: $tokenHash}) RETURN ${FIELDS}`,
    {
      tokenHash: hashInvitationToken(token),
    },
  );
  return row ? toInvitation(row) : null;
}

const UNUSABLE: Record<Exclude<InvitationState, "pending">, string> = {
  used: "This invitation was used already: each link creates one account.",
  expired: "This invitation has expired: ask an admin for a new one.",
  revoked: "This invitation was revoked: ask an admin for a new one.",
};

/** 404 for no invitation, 410 (`invitation_used`, `_expired`, `_revoked`) for one that ended. */
export function assertPending(invitation: Invitation | null): Invitation {
  if (!invitation) {
    throw new ApiError(
      404,
      "invitation_not_found",
      "This invitation does not exist: check the link, or ask an admin for a new one.",
    );
  }
  if (invitation.state !== "pending") {
    throw new ApiError(410, `invitation_${invitation.state}`, UNUSABLE[invitation.state]);
  }
  return invitation;
}
