import { checkPlan, type PlanNode } from "@/lib/cypher/plan";
import { checkQueryText, checkQueryType, loadCsvClauses, readPrefix } from "@/lib/cypher/safety";
import { tokenize } from "@/lib/cypher/tokens";

describe("checkQueryText", () => {
  it.each([
    ["MATCH (a:Actor) RETURN a.name LIMIT 5"],
    ["MATCH (u:User) RETURN u"],
    ["MATCH (n) WHERE n.name = 'SHOW USERS' RETURN n"],
    ["MATCH (n) // DROP DATABASE neo4j\nRETURN n"],
    ["MATCH (n:`CREATE USER x`) RETURN n"],
    ["MATCH (n) RETURN n.database, n.user, n.role"],
    ["CALL db.labels() YIELD label RETURN label"],
    ["CALL db.index.fulltext.queryNodes('actor_names', 'Iran') YIELD node RETURN node"],
    ["CALL { MATCH (n) RETURN n } RETURN n"],
    ["SHOW INDEXES"],
    ["SHOW FULLTEXT INDEXES YIELD name"],
    ["SHOW ALL CONSTRAINTS"],
    ["SHOW PROCEDURES"],
    ["EXPLAIN MATCH (n) RETURN n"],
    ["CYPHER runtime=slotted PROFILE MATCH (n) RETURN count(n)"],
  ])("lets through in read mode: %s", (query) => {
    expect(checkQueryText(query, "read")).toBeNull();
  });

  it.each([
    ["SHOW USERS", "admin_command"],
    ["show databases", "admin_command"],
    ["SHOW SETTINGS", "admin_command"],
    ["SHOW TRANSACTIONS", "admin_command"],
    ["SHOW CURRENT USER", "admin_command"],
    ["SHOW PRIVILEGES", "admin_command"],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "admin_command"],
    ["CREATE USER mallory SET PASSWORD 'secret'", "admin_command"],
    ["CREATE OR REPLACE ROLE r", "admin_command"],
    ["ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'b'", "admin_command"],
    ["ALTER USER neo4j SET PASSWORD 'x'", "admin_command"],
    ["DROP DATABASE neo4j", "admin_command"],
    ["CREATE COMPOSITE DATABASE c", "admin_command"],
    ["GRANT ROLE admin TO mallory", "admin_command"],
    ["DENY READ {*} ON GRAPH * TO r", "admin_command"],
    ["START DATABASE neo4j", "admin_command"],
    ["STOP DATABASE neo4j", "admin_command"],
    ["ENABLE SERVER 'x'", "admin_command"],
    ["USE system SHOW USERS", "admin_command"],
    ["EXPLAIN SHOW USERS", "admin_command"],
    ["/* hi */ SHOW ROLES", "admin_command"],
    ["CALL dbms.security.createUser('m', 'p', false)", "procedure_not_allowed"],
    ["CALL dbms.components()", "procedure_not_allowed"],
    ["CALL `dbms`.`security`.changePassword('x')", "procedure_not_allowed"],
    ["CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", "procedure_not_allowed"],
    ["CALL db.createLabel('X')", "procedure_not_allowed"],
    ["CALL tx.setMetaData({})", "procedure_not_allowed"],
    [
      "MATCH (n) CALL apoc.cypher.runWrite('CREATE (m)', {}) YIELD value RETURN value",
      "procedure_not_allowed",
    ],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "load_csv"],
    ["LOAD CSV FROM 'https://example.org/a.csv' AS row RETURN row", "load_csv"],
    ["load csv with headers from $url as row return row", "load_csv"],
  ])("refuses in read mode: %s (%s)", (query, code) => {
    expect(checkQueryText(query, "read")).toMatchObject({ code });
  });

  it.each([
    ["CREATE USER mallory SET PASSWORD 'secret'", "admin_command"],
    ["SHOW USERS", "admin_command"],
    ["CALL dbms.security.createUser('m', 'p', false)", "procedure_not_allowed"],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row CREATE (:X {v: row[0]})", "load_csv"],
    ["LOAD CSV FROM $url AS row CREATE (:X {v: row[0]})", "load_csv"],
    ["LOAD CSV FROM 'fi' + 'le:///etc/passwd' AS row RETURN row", "load_csv"],
  ])("refuses in write mode too: %s (%s)", (query, code) => {
    expect(checkQueryText(query, "write")).toMatchObject({ code });
  });

  it.each([
    ["CREATE (n:Note {text: 'x'})"],
    ["CREATE INDEX note_text IF NOT EXISTS FOR (n:Note) ON (n.text)"],
    ["CALL db.createLabel('Note')"],
  ])("lets an admin's write through in write mode: %s", (query) => {
    expect(checkQueryText(query, "write")).toBeNull();
  });
});

describe("LOAD CSV from URLs", () => {
  const allowed = { allowLoadCsvUrls: true };
  const url =
    "LOAD CSV WITH HEADERS FROM 'https://example.org/a.csv' AS row CREATE (:N {t: row.t})";

  it("refuses a URL load in write mode unless ATLAS_ALLOW_LOAD_CSV_URLS is set", () => {
    const refusal = checkQueryText(url, "write");
    expect(refusal).toMatchObject({ code: "load_csv" });
    expect(refusal?.message).toContain("ATLAS_ALLOW_LOAD_CSV_URLS");
    expect(checkQueryText(url, "write", { allowLoadCsvUrls: false })).toMatchObject({
      code: "load_csv",
    });
  });

  it.each([
    [url],
    ["load csv from 'http://127.0.0.1:8080/x.csv' as r return r"],
    ["LOAD CSV FROM 'https://a.example/1.csv' AS r FIELDTERMINATOR ';' RETURN r"],
    ["CALL { LOAD CSV FROM 'https://a.example/1.csv' AS r RETURN r } RETURN r"],
  ])("lets it through with the setting on: %s", (query) => {
    expect(checkQueryText(query, "write", allowed)).toBeNull();
  });

  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
    ["LOAD CSV FROM 'FILE:///etc/passwd' AS row RETURN row"],
    ["LOAD CSV FROM $url AS row RETURN row"],
    ["LOAD CSV FROM 'http://' + $host + '/a.csv' AS row RETURN row"],
    ["LOAD CSV FROM 'https://a.example/' + 'x' AS row RETURN row"],
    ["WITH 'https://a.example/' AS u LOAD CSV FROM u AS row RETURN row"],
    ["LOAD CSV FROM 'https://a.example/\\u0066' AS row RETURN row"],
    ["LOAD CSV FROM 'ftp://a.example/a.csv' AS row RETURN row"],
    ["LOAD CSV FROM 'https://a.example/ok.csv' AS r LOAD CSV FROM $next AS s RETURN r, s"],
  ])("still refuses what is not a literal http(s) URL, setting on: %s", (query) => {
    expect(checkQueryText(query, "write", allowed)).toMatchObject({ code: "load_csv" });
  });

  it("refuses any LOAD CSV in read mode, setting on", () => {
    expect(checkQueryText(url, "read", allowed)).toMatchObject({ code: "load_csv" });
  });

  it("lists every literal URL in order, with the variable its rows are bound to", () => {
    const query = `LOAD CSV FROM 'https://a.example/1.csv' AS first
      // LOAD CSV FROM 'https://in.a.comment/' AS no
      WITH first, 'LOAD CSV FROM "https://in.a.string/" AS no' AS text
      LOAD CSV WITH HEADERS FROM "http://b.example/2.csv" AS \`second row\`
      RETURN first, text UNION ALL LOAD CSV FROM 'https://a.example/1.csv' AS first RETURN first, 1 AS text`;
    expect(loadCsvClauses(query)).toEqual([
      { url: "https://a.example/1.csv", alias: "first" },
      { url: "http://b.example/2.csv", alias: "second row" },
      { url: "https://a.example/1.csv", alias: "first" },
    ]);
    expect(loadCsvClauses("MATCH (n) RETURN n.load, n.csv")).toEqual([]);
  });
});

describe("checkQueryType", () => {
  it.each([
    ["r", "read", null],
    ["w", "read", "read_only"],
    ["rw", "read", "read_only"],
    ["s", "read", "read_only"],
    ["w", "write", null],
    ["s", "write", null],
  ] as const)("query type %s in %s mode", (type, mode, code) => {
    const refusal = checkQueryType(type, mode);
    expect(refusal?.code ?? null).toBe(code);
  });
});

describe("checkPlan", () => {
  const op = (operator: string, details: string | null = null, database = "neo4j"): PlanNode => ({
    operator,
    database,
    details,
    identifiers: [],
    estimatedRows: 1,
    children: [],
  });
  const under = (child: PlanNode): PlanNode => ({ ...op("ProduceResults"), children: [child] });

  it.each([
    ["an ordinary read", under(op("NodeByLabelScan", "n:Actor")), "read", null],
    [
      "a routed administration command",
      op("AdministrationCommand", null, "system"),
      "write",
      "admin_command",
    ],
    ["SHOW SETTINGS", under(op("ShowSettings")), "read", "admin_command"],
    ["SHOW TRANSACTIONS", under(op("ShowTransactions")), "write", "admin_command"],
    ["TERMINATE TRANSACTIONS", under(op("TerminateTransactions")), "read", "admin_command"],
    ["SHOW INDEXES", under(op("ShowIndexes")), "read", null],
    [
      "an allowed procedure",
      under(op("ProcedureCall", "db.labels() :: (label :: STRING)")),
      "read",
      null,
    ],
    [
      "a dbms procedure",
      under(op("ProcedureCall", "dbms.components() :: (name :: STRING)")),
      "read",
      "procedure_not_allowed",
    ],
    ["LOAD CSV in read mode", under(op("LoadCSV", "row")), "read", "load_csv"],
    ["LOAD CSV in write mode, setting off", under(op("LoadCSV", "row")), "write", "load_csv"],
  ] as const)("%s", (_name, plan, mode, code) => {
    expect(checkPlan(plan, mode, "neo4j")?.code ?? null).toBe(code);
  });

  const clause = (alias: string) => ({ url: `https://a.example/${alias}.csv`, alias });
  it.each([
    ["its clause's literal URL", [op("LoadCSV", "row")], [clause("row")], null],
    ["a LoadCSV the keyword check did not read", [op("LoadCSV", "row")], [], "load_csv"],
    ["another variable's LoadCSV", [op("LoadCSV", "other")], [clause("row")], "load_csv"],
    [
      "two LoadCSVs for one literal clause",
      [op("LoadCSV", "row"), op("LoadCSV", "row")],
      [clause("row")],
      "load_csv",
    ],
    [
      "two clauses, two operators",
      [op("LoadCSV", "r"), op("LoadCSV", "s")],
      [clause("s"), clause("r")],
      null,
    ],
    ["a backticked variable", [op("LoadCSV", "`second row`")], [clause("second row")], null],
  ] as const)("LOAD CSV in write mode, setting on: %s", (_name, operators, loadCsv, code) => {
    const plan = { ...op("ProduceResults"), children: [...operators] };
    const options = { allowLoadCsvUrls: true, loadCsv: [...loadCsv] };
    expect(checkPlan(plan, "write", "neo4j", options)?.code ?? null).toBe(code);
  });
});

describe("readPrefix", () => {
  it.each([
    ["MATCH (n) RETURN n", null, -1],
    ["EXPLAIN MATCH (n) RETURN n", "EXPLAIN", 0],
    ["  profile MATCH (n) RETURN n", "PROFILE", 2],
    ["CYPHER runtime=slotted PROFILE MATCH (n) RETURN n", "PROFILE", 23],
    ["// note\nEXPLAIN RETURN 1", "EXPLAIN", 8],
  ])("%s", (query, keyword, offset) => {
    expect(readPrefix(tokenize(query))).toMatchObject({ keyword, offset });
  });
});
