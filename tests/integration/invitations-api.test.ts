import { GET as sessionGet } from "@/app/api/auth/session/route";
import { DELETE as invitationDelete } from "@/app/api/invitations/[id]/route";
import { POST as acceptPost } from "@/app/api/invitations/accept/route";
import { GET as invitationsGet, POST as invitationsPost } from "@/app/api/invitations/route";
import { getDb, getDriver } from "@/lib/db/driver";
import { readRows, writeRows } from "@/lib/db/session";
import {
  ADMIN,
  ANALYST,
  authed,
  configureAdminConsole,
  jsonRequest,
  logIn,
  ORIGIN,
  type Credentials,
} from "@/tests/support/admin-client";

const PREFIX = "invite-api-";
let admin: Credentials;
let count = 0;
const invitationIds: string[] = [];

beforeAll(async () => {
  configureAdminConsole();
  process.env.ATLAS_LOGIN_RATE_BURST = "100000";
  admin = await logIn(ADMIN);
});

afterAll(async () => {
  await writeRows(getDb(), "MATCH (n:User|Session) WHERE n.username STARTS WITH $p DELETE n", {
    p: PREFIX,
  });
  await writeRows(getDb(), "MATCH (i:Invitation) WHERE i.id IN $ids DELETE i", {
    ids: invitationIds,
  });
  await getDriver().close();
});

interface Issued {
  invitation: { id: string; role: string; state: string; expiresAt: number; createdAt: number };
  link: string;
}

async function invite(body: unknown = { role: "curator" }): Promise<Issued & { token: string }> {
  const response = await invitationsPost(authed("/api/invitations", admin, body));
  expect(response.status).toBe(201);
  const issued = (await response.json()) as Issued;
  invitationIds.push(issued.invitation.id);
  return { ...issued, token: issued.link.split("/invite/")[1]! };
}

const username = () => `${PREFIX}${count++}`;
const accept = (token: string, name = username(), extra: Record<string, unknown> = {}) =>
  acceptPost(
    jsonRequest("/api/invitations/accept", {
      token,
      username: name,
      password: "a-long-enough-password",
      ...extra,
    }),
  );

describe("invitations", () => {
  it("creates one: a link with a 256-bit token, shown once; Neo4j keeps only its hash", async () => {
    const { invitation, link, token } = await invite({ role: "analyst", expiresInHours: 2 });
    expect(link).toMatch(new RegExp(`^${ORIGIN}/invite/[\\w-]{43}$`));
    expect(invitation).toMatchObject({ role: "analyst", state: "pending" });
    expect(invitation.expiresAt - invitation.createdAt).toBe(2 * 3_600_000);
    expect(JSON.stringify(invitation)).not.toContain(token);
    const [stored] = await readRows(
      getDb(),
      "MATCH (i:Invitation {id: $id}) RETURN properties(i) AS p",
      { id: invitation.id },
    );
    expect(JSON.stringify(stored)).not.toContain(token);

    const list = await invitationsGet(authed("/api/invitations", admin, undefined, "GET"));
    expect(list.status).toBe(200);
    const text = await list.text();
    expect(text).not.toContain(token);
    expect(text).not.toContain("tokenHash");
    expect(JSON.parse(text).invitations).toContainEqual(
      expect.objectContaining({ id: invitation.id, state: "pending" }),
    );
  });

  it("defaults to 72 hours", async () => {
    const { invitation } = await invite({ role: "curator" });
    expect(invitation.expiresAt - invitation.createdAt).toBe(72 * 3_600_000);
  });

  it("is accepted once: the account is made and signed in; a second accept is 410", async () => {
    const { token, invitation } = await invite({ role: "curator" });
    const name = username();
    const response = await accept(token, name, { displayName: "Cora Curator" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { username: string; role: string; csrfToken: string };
    expect(body).toMatchObject({ username: name, role: "curator" });
    const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
    const session = await sessionGet(
      authed("/api/auth/session", { cookie, csrfToken: body.csrfToken }, undefined, "GET"),
    );
    expect(await session.json()).toMatchObject({ username: name, role: "curator" });
    const [user] = await readRows(
      getDb(),
      "MATCH (u:User {username: $u}) RETURN u.displayName AS d",
      { u: name },
    );
    expect(user!.d).toBe("Cora Curator");

    const again = await accept(token);
    expect(again.status).toBe(410);
    expect((await again.json()).error.code).toBe("invitation_used");
    const [used] = await readRows(
      getDb(),
      "MATCH (i:Invitation {id: $id}) RETURN i.usedBy AS usedBy",
      { id: invitation.id },
    );
    expect(used!.usedBy).toBe(name);
  });

  it("refuses an expired, a revoked and an unknown link with their own codes", async () => {
    const expired = await invite({ role: "curator", expiresInHours: 1 });
    await writeRows(getDb(), "MATCH (i:Invitation {id: $id}) SET i.expiresAt = $past", {
      id: expired.invitation.id,
      past: Date.now() - 1,
    });
    const late = await accept(expired.token);
    expect(late.status).toBe(410);
    expect((await late.json()).error.code).toBe("invitation_expired");

    const revoked = await invite({ role: "analyst" });
    const revoke = await invitationDelete(
      authed(`/api/invitations/${revoked.invitation.id}`, admin, undefined, "DELETE"),
      { params: Promise.resolve({ id: revoked.invitation.id }) },
    );
    expect(revoke.status).toBe(200);
    expect((await revoke.json()).invitation.state).toBe("revoked");
    const refused = await accept(revoked.token);
    expect(refused.status).toBe(410);
    expect((await refused.json()).error.code).toBe("invitation_revoked");

    const unknown = await accept("x".repeat(43));
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe("invitation_not_found");
  });

  it("a taken user name rolls everything back: the link still works", async () => {
    const { token } = await invite({ role: "curator" });
    const taken = await accept(token, ANALYST.username);
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.code).toBe("user_exists");
    expect((await accept(token)).status).toBe(200);
  });

  it("of concurrent accepts of one link, exactly one creates a user", async () => {
    const { token } = await invite({ role: "curator" });
    const names = Array.from({ length: 5 }, username);
    const responses = await Promise.all(names.map((name) => accept(token, name)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 410, 410, 410, 410]);
    const [made] = await readRows(
      getDb(),
      "MATCH (u:User) WHERE u.username IN $names RETURN count(u) AS n",
      { names },
    );
    expect(made!.n).toBe(1);
  });

  it.each([
    ["an unknown role", { role: "root" }, "role"],
    ["too short an expiry", { role: "curator", expiresInHours: 0 }, "expiresInHours"],
    ["too long an expiry", { role: "curator", expiresInHours: 337 }, "expiresInHours"],
    ["a fractional expiry", { role: "curator", expiresInHours: 1.5 }, "expiresInHours"],
    ["an unknown field", { role: "curator", admin: true }, "(root)"],
  ])("refuses to create with %s: 400 naming the field", async (_name, body, field) => {
    const response = await invitationsPost(authed("/api/invitations", admin, body));
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("bad_request");
    expect(error.message).toContain(field === "(root)" ? "admin" : field);
  });

  it.each([
    ["a malformed token", { token: "short" }, "token"],
    ["a bad user name", { username: "A B" }, "username"],
    ["a short password", { password: "short" }, "password"],
    ["an empty display name", { displayName: "" }, "displayName"],
  ])("refuses to accept %s: 400 naming the field", async (_name, override, field) => {
    const { token } = await invite({ role: "curator" });
    const response = await acceptPost(
      jsonRequest("/api/invitations/accept", {
        token,
        username: username(),
        password: "a-long-enough-password",
        ...override,
      }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain(field);
  });

  it("is for admins only, with the CSRF token; accepting checks the origin", async () => {
    const analyst = await logIn(ANALYST);
    expect(
      (await invitationsGet(authed("/api/invitations", analyst, undefined, "GET"))).status,
    ).toBe(403);
    expect(
      (await invitationsPost(authed("/api/invitations", analyst, { role: "admin" }))).status,
    ).toBe(403);
    const forged = { ...admin, csrfToken: "x" };
    expect(
      (await invitationsPost(authed("/api/invitations", forged, { role: "admin" }))).status,
    ).toBe(403);
    const { invitation, token } = await invite({ role: "curator" });
    const revoke = await invitationDelete(
      authed(`/api/invitations/${invitation.id}`, analyst, undefined, "DELETE"),
      { params: Promise.resolve({ id: invitation.id }) },
    );
    expect(revoke.status).toBe(403);
    const crossSite = await acceptPost(
      jsonRequest(
        "/api/invitations/accept",
        { token, username: username(), password: "a-long-enough-password" },
        { origin: "https://evil.example" },
      ),
    );
    expect(crossSite.status).toBe(403);
    expect((await invitationsGet(new Request(`${ORIGIN}/api/invitations`))).status).toBe(401);
  });

  it("revoking an unknown invitation is 404, a used one 409", async () => {
    const missing = await invitationDelete(
      authed("/api/invitations/nope", admin, undefined, "DELETE"),
      { params: Promise.resolve({ id: "nope" }) },
    );
    expect(missing.status).toBe(404);
    const { invitation, token } = await invite({ role: "curator" });
    expect((await accept(token)).status).toBe(200);
    const used = await invitationDelete(
      authed(`/api/invitations/${invitation.id}`, admin, undefined, "DELETE"),
      { params: Promise.resolve({ id: invitation.id }) },
    );
    expect(used.status).toBe(409);
    expect((await used.json()).error.code).toBe("invitation_used");
  });
});
