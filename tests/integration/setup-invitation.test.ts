import { findInvitationByToken } from "@/lib/auth/invitations";
import {
  firstStartMessage,
  prepareFirstStart,
  reissueSetupLink,
  type FirstStart,
} from "@/lib/auth/setup-invitation";
import { parseEnv } from "@/lib/config/env";
import { readRows, writeRows } from "@/lib/db/session";
import { ensureSchema } from "@/lib/graph/schema";
import { startOwnNeo4j, type OwnNeo4j } from "@/tests/support/own-neo4j";

// An empty database of its own: the shared one holds the configured admin of every other suite.
jest.setTimeout(300_000);
let own: OwnNeo4j;

beforeAll(async () => {
  own = await startOwnNeo4j();
  await ensureSchema(own.db);
});

afterAll(() => own?.close());

const env = (extra: Record<string, string> = {}) =>
  parseEnv({ HOST: "127.0.0.1", PORT: "3000", ...extra });

const count = async (cypher: string) => (await readRows(own.db, cypher))[0]!.n as number;
const tokenOf = (outcome: FirstStart) =>
  outcome.kind === "created" ? outcome.link.split("/invite/")[1]! : null;

describe("the first start's setup invitation", () => {
  it("two instances starting at once on an empty database create one; only its creator has the link", async () => {
    const outcomes = await Promise.all([
      prepareFirstStart(own.db, env()),
      prepareFirstStart(own.db, env()),
    ]);
    const kinds = outcomes.map((o) => o.kind).sort();
    expect(kinds).toEqual(["already-issued", "created"]);
    expect(await count("MATCH (i:Invitation) RETURN count(i) AS n")).toBe(1);
    const created = outcomes.find((o) => o.kind === "created")!;
    const other = outcomes.find((o) => o.kind === "already-issued")!;
    expect(firstStartMessage(created)).toMatch(
      /Open http:\/\/localhost:3000\/invite\/[\w-]{43} to create the first admin account \(valid 24 h\)/,
    );
    expect(firstStartMessage(other)).not.toContain("/invite/");
    const invitation = await findInvitationByToken(own.db, tokenOf(created)!);
    expect(invitation).toMatchObject({ id: "setup", role: "admin", state: "pending" });
    expect(invitation!.expiresAt - invitation!.createdAt).toBe(24 * 3_600_000);
    expect(
      await count(
        "MATCH (a:AuditEntry {action: 'invitation.create', target: 'setup'}) RETURN count(a) AS n",
      ),
    ).toBe(1);

    // A later start finds it issued and prints no link either.
    expect((await prepareFirstStart(own.db, env())).kind).toBe("already-issued");

    // users:setup-link replaces it: the old link stops working.
    const fresh = await reissueSetupLink(own.db, env());
    expect(fresh).toHaveProperty("link");
    const freshToken = (fresh as { link: string }).link.split("/invite/")[1]!;
    expect(await findInvitationByToken(own.db, tokenOf(created)!)).toBeNull();
    expect(await findInvitationByToken(own.db, freshToken)).toMatchObject({ state: "pending" });
    expect(await count("MATCH (i:Invitation) RETURN count(i) AS n")).toBe(1);
  });

  it("issues none when ATLAS_ADMIN_PASSWORD is set: the configured admin is created instead", async () => {
    await writeRows(own.db, "MATCH (i:Invitation) DELETE i");
    const outcome = await prepareFirstStart(
      own.db,
      env({ ATLAS_ADMIN_PASSWORD: "a-configured-admin-password" }),
    );
    expect(outcome).toEqual({ kind: "configured" });
    expect(await count("MATCH (i:Invitation) RETURN count(i) AS n")).toBe(0);
    expect(
      await count("MATCH (u:User {username: 'admin', role: 'admin'}) RETURN count(u) AS n"),
    ).toBe(1);
    // No analyst without ATLAS_ANALYST_PASSWORD.
    expect(await count("MATCH (u:User {role: 'analyst'}) RETURN count(u) AS n")).toBe(0);

    // With an admin in Neo4j, a start without the password issues none, and the script refuses.
    expect(await prepareFirstStart(own.db, env())).toEqual({ kind: "admin-exists" });
    expect(await reissueSetupLink(own.db, env())).toEqual({ refused: "admin-exists" });
    expect(await count("MATCH (i:Invitation) RETURN count(i) AS n")).toBe(0);
  });
});
