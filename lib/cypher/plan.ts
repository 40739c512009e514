import neo4j from "neo4j-driver";
import type { ProfiledPlan } from "neo4j-driver";
import { procedureAllowed } from "@/lib/cypher/procedures";
import {
  LOAD_CSV_URLS_SETTING,
  type LoadCsvClause,
  type QueryMode,
  type Refusal,
  type SafetyOptions,
} from "@/lib/cypher/safety";

/** One operator of an EXPLAIN or PROFILE plan, plain and JSON-safe for the plan tree view. */
export interface PlanNode {
  operator: string;
  database: string | null;
  details: string | null;
  identifiers: string[];
  estimatedRows: number | null;
  /** PROFILE only. */
  rows?: number;
  dbHits?: number;
  pageCacheHits?: number;
  pageCacheMisses?: number;
  timeMs?: number;
  memoryBytes?: number;
  children: PlanNode[];
}

interface RawPlan {
  operatorType: string;
  identifiers: string[];
  arguments: Record<string, unknown>;
  children: RawPlan[];
}

function plainNumber(value: unknown): number | null {
  if (neo4j.isInt(value)) return value.toNumber();
  return typeof value === "number" ? value : null;
}

function splitOperator(operatorType: string): [string, string | null] {
  const at = operatorType.lastIndexOf("@");
  return at === -1 ? [operatorType, null] : [operatorType.slice(0, at), operatorType.slice(at + 1)];
}

export function toPlanTree(
  plan: RawPlan | ProfiledPlan | false | null | undefined,
): PlanNode | null {
  if (!plan) return null;
  const raw = plan as RawPlan;
  const [operator, database] = splitOperator(raw.operatorType);
  const args = raw.arguments ?? {};
  const node: PlanNode = {
    operator,
    database,
    details: typeof args.Details === "string" ? args.Details : null,
    identifiers: raw.identifiers,
    estimatedRows: plainNumber(args.EstimatedRows),
    children: raw.children.map((child) => toPlanTree(child)!),
  };
  if ("dbHits" in plan) {
    const profiled = plan as ProfiledPlan;
    node.rows = plainNumber(profiled.rows) ?? 0;
    node.dbHits = plainNumber(profiled.dbHits) ?? 0;
    node.pageCacheHits = plainNumber(profiled.pageCacheHits) ?? 0;
    node.pageCacheMisses = plainNumber(profiled.pageCacheMisses) ?? 0;
    // Neo4j reports operator time in nanoseconds.
    node.timeMs = (plainNumber(profiled.time) ?? 0) / 1e6;
    const memory = plainNumber(args.Memory);
    if (memory !== null) node.memoryBytes = memory;
  }
  return node;
}

const ALLOWED_SHOW_OPERATORS = new Set([
  "ShowIndexes",
  "ShowConstraints",
  "ShowProcedures",
  "ShowFunctions",
]);

function* walk(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

export interface PlanCheckOptions extends SafetyOptions {
  /** The LOAD CSV clauses the keyword check accepted: literal URLs, confirmed by the admin. */
  loadCsv?: LoadCsvClause[];
}

/**
 * The plan half of the safety check: what the planner says the query will really do. A LoadCSV
 * operator shows only the variable its rows are bound to, never the source (literals are
 * auto-parameterised), so each must match, by that variable, one clause the keyword check read
 * as a literal URL: a LOAD CSV the keyword check did not see, or did not read as a literal,
 * cannot run.
 */
export function checkPlan(
  plan: PlanNode,
  mode: QueryMode,
  database: string,
  options: PlanCheckOptions = {},
): Refusal | null {
  const unmatched = (options.loadCsv ?? []).map((clause) => clause.alias.replaceAll("`", ""));
  for (const node of walk(plan)) {
    const { operator } = node;
    if (node.database !== null && node.database !== database) {
      return {
        code: "admin_command",
        message: `This query runs against the ${node.database} database: refused.`,
      };
    }
    if (
      operator === "AdministrationCommand" ||
      operator.startsWith("Terminate") ||
      (operator.startsWith("Show") && !ALLOWED_SHOW_OPERATORS.has(operator))
    ) {
      return { code: "admin_command", message: `${operator} is server administration: refused.` };
    }
    if (operator.startsWith("ProcedureCall")) {
      const name = /^\s*([\w.`]+)\s*\(/.exec(node.details ?? "")?.[1]?.replaceAll("`", "");
      if (!name || !procedureAllowed(name, mode)) {
        return {
          code: "procedure_not_allowed",
          message: `Procedure ${name ?? "(unknown)"} is not on the ${mode}-mode allow-list.`,
        };
      }
    }
    if (operator === "LoadCSV") {
      if (mode === "read") {
        return { code: "load_csv", message: "LOAD CSV is refused in read mode." };
      }
      if (!options.allowLoadCsvUrls) {
        return {
          code: "load_csv",
          message: `LOAD CSV is off on this server: set ${LOAD_CSV_URLS_SETTING} to allow URL loads.`,
        };
      }
      const at = unmatched.indexOf((node.details ?? "").replaceAll("`", "").trim());
      if (at === -1) {
        return {
          code: "load_csv",
          message:
            "This LOAD CSV's source could not be checked as a literal http(s):// URL: refused.",
        };
      }
      unmatched.splice(at, 1);
    }
  }
  return null;
}
