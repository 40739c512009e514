import { POST as passwordPost } from "@/app/api/auth/password/route";
import { DELETE as invitationDelete } from "@/app/api/invitations/[id]/route";
import { POST as acceptPost } from "@/app/api/invitations/accept/route";
import { POST as invitationsPost } from "@/app/api/invitations/route";
import { POST as usersPost } from "@/app/api/users/route";
import { PATCH as userPatch } from "@/app/api/users/[username]/route";
import { DELETE as sessionsDelete } from "@/app/api/users/[username]/sessions/route";
import { recordAudit } from "@/lib/audit/audit-entries";
import { getDb, getDriver } from "@/lib/db/driver";
import { readRows, writeRows } from "@/lib/db/session";
import {
  ADMIN,
  authed,
  configureAdminConsole,
  jsonRequest,
  logIn,
  type Credentials,
} from "@/tests/support/admin-client";

// As in console-records.test.ts: the audit store is made to fail inside the change's transaction
// (the database refuses the entry's statement), which must roll the change back with it.
jest.mock("@/lib/audit/audit-entries", () => {
  const actual = jest.requireActual("@/lib/audit/audit-entries");
  return { ...actual, recordAudit: jest.fn(actual.recordAudit) };
});

const PREFIX = "user-audit-";
const PASSWORD = "a-long-enough-password";
let admin: Credentials;
let count = 0;

beforeAll(async () => {
  configureAdminConsole();
  process.env.ATLAS_LOGIN_RATE_BURST = "100000";
  admin = await logIn(ADMIN);
});

afterAll(async () => {
  const db = getDb();
  await writeRows(db, "MATCH (n:User|Session) WHERE n.username STARTS WITH $p DELETE n", {
    p: PREFIX,
  });
  await writeRows(db, "MATCH (i:Invitation {createdBy: $admin}) DELETE i", {
    admin: ADMIN.username,
  });
  await getDriver().close();
});

const username = () => `${PREFIX}${count++}`;
const params = (name: string) => ({ params: Promise.resolve({ username: name }) });

function failNextAudit() {
  jest.mocked(recordAudit).mockImplementationOnce(async (tx) => {
    await tx.run("CREATE (:AuditEntry {id: $id}) CREATE (:AuditEntry {id: $id})", {
      id: "user-audit-duplicate",
    });
    return "never";
  });
}

async function entries(target: string) {
  const rows = await readRows(
    getDb(),
    `MATCH (a:AuditEntry {target: $target}) RETURN a.action AS action, a.user AS user,
       a.outcome AS outcome, a.before AS before, a.after AS after ORDER BY a.at`,
    { target },
  );
  return rows as {
    action: string;
    user: string;
    outcome: string;
    before: string | null;
    after: string | null;
  }[];
}

describe("every user change is audited in its own transaction", () => {
  it("a user is not created when its audit entry cannot be written", async () => {
    const name = username();
    failNextAudit();
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const response = await usersPost(
        authed("/api/users", admin, { username: name, role: "analyst", password: PASSWORD }),
      );
      expect(response.status).toBe(500);
    } finally {
      errors.mockRestore();
    }
    expect(
      await readRows(getDb(), "MATCH (u:User {username: $u}) RETURN u", { u: name }),
    ).toHaveLength(0);
    expect(
      await readRows(getDb(), "MATCH (a:AuditEntry {id: 'user-audit-duplicate'}) RETURN a"),
    ).toHaveLength(0);
  });

  it("an invitation is not used, nor its user made, when the audit fails", async () => {
    const issued = await invitationsPost(authed("/api/invitations", admin, { role: "curator" }));
    const { link, invitation } = (await issued.json()) as {
      link: string;
      invitation: { id: string };
    };
    const token = link.split("/invite/")[1]!;
    const name = username();
    failNextAudit();
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const response = await acceptPost(
        jsonRequest("/api/invitations/accept", { token, username: name, password: PASSWORD }),
      );
      expect(response.status).toBe(500);
    } finally {
      errors.mockRestore();
    }
    expect(
      await readRows(getDb(), "MATCH (u:User {username: $u}) RETURN u", { u: name }),
    ).toHaveLength(0);
    const [stored] = await readRows(
      getDb(),
      "MATCH (i:Invitation {id: $id}) RETURN i.usedAt AS usedAt",
      {
        id: invitation.id,
      },
    );
    expect(stored!.usedAt).toBeNull();
  });

  it("records create, update, reset, sign out everywhere, own password and invitations; never a hash or token", async () => {
    const name = username();
    expect(
      (
        await usersPost(
          authed("/api/users", admin, { username: name, role: "analyst", password: PASSWORD }),
        )
      ).status,
    ).toBe(201);
    const patch = (body: unknown) =>
      userPatch(authed(`/api/users/${name}`, admin, body, "PATCH"), params(name));
    expect((await patch({ role: "curator", displayName: "Renamed" })).status).toBe(200);
    expect((await patch({ disabled: true })).status).toBe(200);
    expect((await patch({ disabled: false, password: "a-reset-long-password" })).status).toBe(200);
    expect(
      (
        await sessionsDelete(
          authed(`/api/users/${name}/sessions`, admin, undefined, "DELETE"),
          params(name),
        )
      ).status,
    ).toBe(200);
    const own = await logIn({ username: name, password: "a-reset-long-password" });
    expect(
      (
        await passwordPost(
          authed("/api/auth/password", own, {
            currentPassword: "a-reset-long-password",
            newPassword: "an-own-new-long-password",
          }),
        )
      ).status,
    ).toBe(200);
    expect((await patch({ role: "curator" })).status).toBe(200);
    const refused = await userPatch(
      authed(`/api/users/${ADMIN.username}`, admin, { role: "analyst" }, "PATCH"),
      params(ADMIN.username),
    );
    expect(refused.status).toBe(409);

    const log = await entries(name);
    expect(log.map((e) => [e.action, e.user, e.outcome])).toEqual([
      ["user.create", ADMIN.username, "ok"],
      ["user.update", ADMIN.username, "ok"],
      ["user.update", ADMIN.username, "ok"],
      ["user.update", ADMIN.username, "ok"],
      ["user.password", ADMIN.username, "ok"],
      ["user.sessions.end", ADMIN.username, "ok"],
      ["user.password", name, "ok"],
      ["user.update", ADMIN.username, "ok"],
    ]);
    expect(JSON.parse(log[1]!.before!)).toMatchObject({ role: "analyst" });
    expect(JSON.parse(log[1]!.after!)).toMatchObject({ role: "curator", displayName: "Renamed" });
    expect(JSON.stringify(log.map((e) => [e.before, e.after]))).not.toMatch(
      /scrypt|hash|a-reset-long-password|an-own-new/i,
    );
    const own409 = await entries(ADMIN.username);
    expect(own409.at(-1)).toMatchObject({ action: "user.update", outcome: "refused" });

    const issued = await invitationsPost(authed("/api/invitations", admin, { role: "analyst" }));
    const { link, invitation } = (await issued.json()) as {
      link: string;
      invitation: { id: string };
    };
    const token = link.split("/invite/")[1]!;
    expect(
      (
        await invitationDelete(
          authed(`/api/invitations/${invitation.id}`, admin, undefined, "DELETE"),
          {
            params: Promise.resolve({ id: invitation.id }),
          },
        )
      ).status,
    ).toBe(200);
    const second = await invitationsPost(authed("/api/invitations", admin, { role: "curator" }));
    const next = (await second.json()) as { link: string; invitation: { id: string } };
    const invited = username();
    expect(
      (
        await acceptPost(
          jsonRequest("/api/invitations/accept", {
            token: next.link.split("/invite/")[1]!,
            username: invited,
            password: PASSWORD,
          }),
        )
      ).status,
    ).toBe(200);
    expect((await entries(invitation.id)).map((e) => e.action)).toEqual([
      "invitation.create",
      "invitation.revoke",
    ]);
    const accepted = await entries(next.invitation.id);
    expect(accepted.map((e) => [e.action, e.user])).toEqual([
      ["invitation.create", ADMIN.username],
      ["invitation.accept", invited],
    ]);
    expect((await entries(invited)).map((e) => e.action)).toEqual(["user.create"]);
    const all = JSON.stringify([...(await entries(invitation.id)), ...accepted]);
    expect(all).not.toContain(token);
    expect(all).not.toContain("tokenHash");
  });
});
