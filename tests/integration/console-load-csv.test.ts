import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { POST as cypherPost } from "@/app/api/cypher/route";
import { getDriver } from "@/lib/db/driver";
import { readRows, writeRows, type Db } from "@/lib/db/session";
import {
  ADMIN,
  authed,
  configureAdminConsole,
  logIn,
  type Credentials,
} from "@/tests/support/admin-client";
import { openTestDb } from "@/tests/support/test-db";

let db: Db;
let admin: Credentials;
let csv: Server;
let base: string;
const fetched: string[] = [];

beforeAll(async () => {
  configureAdminConsole();
  process.env.ATLAS_CYPHER_RATE_BURST = "100000";
  db = openTestDb();
  admin = await logIn(ADMIN);
  csv = createServer((request, response) => {
    fetched.push(request.url ?? "");
    const rows = request.url === "/second.csv" ? "name\ngamma\n" : "name\nalpha\nbeta\n";
    response.writeHead(200, { "content-type": "text/csv" }).end(rows);
  });
  await new Promise<void>((resolve) => csv.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(csv.address() as AddressInfo).port}`;
});

afterEach(() => {
  delete process.env.ATLAS_ALLOW_LOAD_CSV_URLS;
});

afterAll(async () => {
  await writeRows(db, "MATCH (n:ConsoleLoadCsvTest) DETACH DELETE n");
  await new Promise((resolve) => csv.close(resolve));
  await db.driver.close();
  await getDriver().close();
});

async function run(body: Record<string, unknown>) {
  const response = await cypherPost(authed("/api/cypher", admin, { mode: "write", ...body }));
  return { status: response.status, body: await response.json() };
}

const loaded = async () =>
  (await readRows(db, "MATCH (n:ConsoleLoadCsvTest) RETURN n.name AS name ORDER BY name")).map(
    (row) => row.name,
  );

describe("LOAD CSV from a URL in write mode", () => {
  it("is refused unless ATLAS_ALLOW_LOAD_CSV_URLS is set, and fetches nothing", async () => {
    const query = `LOAD CSV WITH HEADERS FROM '${base}/first.csv' AS row CREATE (:ConsoleLoadCsvTest {name: row.name})`;
    const { status, body } = await run({
      query,
      confirm: true,
      confirmLoadCsvUrls: [`${base}/first.csv`],
    });
    expect(status).toBe(403);
    expect(body.error).toMatchObject({
      code: "load_csv",
      message: expect.stringContaining("ATLAS_ALLOW_LOAD_CSV_URLS"),
    });
    expect(fetched).toEqual([]);
  });

  it("with the setting, runs only once the admin confirmed its exact URLs, and audits them", async () => {
    process.env.ATLAS_ALLOW_LOAD_CSV_URLS = "1";
    const first = `${base}/first.csv`;
    const second = `${base}/second.csv`;
    const query = `LOAD CSV WITH HEADERS FROM '${first}' AS row CREATE (:ConsoleLoadCsvTest {name: row.name})
      WITH count(*) AS done
      LOAD CSV WITH HEADERS FROM "${second}" AS more CREATE (:ConsoleLoadCsvTest {name: more.name})`;

    const asked = await run({ query, confirm: true });
    expect(asked.status).toBe(409);
    expect(asked.body.error).toMatchObject({
      code: "confirmation_required",
      message: expect.stringContaining(first),
      details: { queryType: "w", loadCsvUrls: [first, second] },
    });

    for (const stale of [[first], [second, first], [first, `${base}/other.csv`]]) {
      const again = await run({ query, confirm: true, confirmLoadCsvUrls: stale });
      expect([again.status, again.body.error.code]).toEqual([409, "confirmation_required"]);
      expect(again.body.error.details.loadCsvUrls).toEqual([first, second]);
    }
    const unconfirmed = await run({ query, confirmLoadCsvUrls: [first, second] });
    expect(unconfirmed.status).toBe(409);
    expect(fetched).toEqual([]);
    expect(await loaded()).toEqual([]);

    const ran = await run({ query, confirm: true, confirmLoadCsvUrls: [first, second] });
    expect(ran.status).toBe(200);
    expect(ran.body.summary.counters).toMatchObject({ nodesCreated: 3 });
    expect(await loaded()).toEqual(["alpha", "beta", "gamma"]);
    expect(fetched).toEqual(["/first.csv", "/second.csv"]);

    const audit = await readRows(
      db,
      "MATCH (a:AuditEntry {query: $query}) RETURN a.outcome AS outcome ORDER BY a.at",
      { query },
    );
    expect(audit.map((a) => a.outcome)).toEqual([...Array(5).fill("unconfirmed"), "ok"]);
    expect(query).toContain(first);
  });

  it.each([
    ["a parameter", "LOAD CSV FROM $url AS row RETURN row"],
    ["an expression", "LOAD CSV FROM 'http://127.0.0.1:' + $port + '/first.csv' AS row RETURN row"],
    ["a file URL", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
  ])("with the setting, still refuses a source that is %s", async (_name, query) => {
    process.env.ATLAS_ALLOW_LOAD_CSV_URLS = "1";
    const { status, body } = await run({
      query,
      params: { url: `${base}/first.csv`, port: 1 },
      confirm: true,
    });
    expect([status, body.error.code]).toEqual([403, "load_csv"]);
  });

  it("asks to confirm a LOAD CSV that only reads, since the database still fetches the URL", async () => {
    process.env.ATLAS_ALLOW_LOAD_CSV_URLS = "true";
    const url = `${base}/second.csv`;
    const query = `LOAD CSV FROM '${url}' AS \`a row\` RETURN \`a row\``;
    const asked = await run({ query, confirm: true });
    expect(asked.body.error.details).toEqual({ queryType: "r", loadCsvUrls: [url] });
    const ran = await run({ query, confirm: true, confirmLoadCsvUrls: [url] });
    expect(ran.status).toBe(200);
    expect(ran.body.rows).toEqual([[["name"]], [["gamma"]]]);
  });
});
