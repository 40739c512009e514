import { checkPlan, type PlanNode } from "@/lib/cypher/plan";
import { checkQueryText, checkQueryType, readPrefix } from "@/lib/cypher/safety";
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
    ["LOAD CSV WITH HEADERS FROM 'https://example.org/a.csv' AS row CREATE (:Note {text: row.t})"],
  ])("lets an admin's write through in write mode: %s", (query) => {
    expect(checkQueryText(query, "write")).toBeNull();
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
    ["LOAD CSV in write mode", under(op("LoadCSV", "row")), "write", null],
  ] as const)("%s", (_name, plan, mode, code) => {
    expect(checkPlan(plan, mode, "neo4j")?.code ?? null).toBe(code);
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
