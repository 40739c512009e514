import { POST as draftPost } from "@/app/api/documents/route";
import { POST as freezePost } from "@/app/api/documents/[id]/freeze/route";
import { POST as usersPost } from "@/app/api/users/route";
import { getDriver } from "@/lib/db/driver";
import { envFor, seedNeo4j } from "@/scripts/lib/harness/throwaway-neo4j";
import {
  ADMIN,
  authed,
  configureAdminConsole,
  logIn,
  type Credentials,
} from "@/tests/support/admin-client";
import { startOwnNeo4j, type OwnNeo4j } from "@/tests/support/own-neo4j";

export interface CuratorSuite {
  own: OwnNeo4j;
  /** Signed in, in the order the accounts were given. */
  curators: Credentials[];
}

/**
 * A curation suite's setup: a seeded Neo4j of its own (its writes change what other suites count),
 * the route handlers pointed at it, and curator accounts made by the admin and signed in. Registers
 * the jest hooks; the returned object is filled in before the first test.
 */
export function seededCuratorSuite(
  accounts: { username: string; password: string }[],
): CuratorSuite {
  const suite = { curators: [] as Credentials[] } as unknown as CuratorSuite;
  jest.setTimeout(300_000);
  beforeAll(async () => {
    suite.own = await startOwnNeo4j();
    Object.assign(process.env, envFor(suite.own.instance));
    await seedNeo4j(suite.own.instance);
    configureAdminConsole();
    process.env.ATLAS_LOGIN_RATE_BURST = "100000";
    const admin = await logIn(ADMIN);
    for (const account of accounts) {
      const created = await usersPost(authed("/api/users", admin, { ...account, role: "curator" }));
      expect(created.status).toBe(201);
      suite.curators.push(await logIn(account));
    }
  });
  afterAll(async () => {
    await getDriver().close();
    await suite.own?.close();
  });
  return suite;
}

/** The `{params}` a `/api/…/{id}/…` route handler is called with. */
export const idContext = (id: string) => ({ params: Promise.resolve({ id }) });

/** A pasted text stored and frozen by `curator` (independent of any near-copy), its id. */
export async function addFrozenDocument(
  curator: Credentials,
  text: string,
  metadata: { title: string; publisher?: string; published?: string },
): Promise<string> {
  const draft = await draftPost(authed("/api/documents", curator, { text, metadata }));
  expect(draft.status).toBe(201);
  const { document } = (await draft.json()) as { document: { id: string; version: number } };
  const frozen = await freezePost(
    authed(`/api/documents/${document.id}/freeze`, curator, {
      version: document.version,
      independent: true,
    }),
    idContext(document.id),
  );
  expect(frozen.status).toBe(200);
  return document.id;
}
