import type { Db } from "@/lib/db/session";
import type { CatalogueEntry } from "@/scripts/lib/query-catalogue";
import { recordingDb, type Statement } from "@/scripts/lib/recording-db";

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

/**
 * Operators that read a whole label, type or store instead of seeking an index. (An index scan
 * in index order under a LIMIT, as the actor list pages by name, reads only what it returns.)
 */
const SCANS = new Set([
  "AllNodesScan",
  "NodeByLabelScan",
  "DirectedRelationshipTypeScan",
  "UndirectedRelationshipTypeScan",
  "DirectedAllRelationshipsScan",
  "UndirectedAllRelationshipsScan",
]);

export interface ProfiledStatement {
  operation: string;
  /** The statement's first line, to recognise it. */
  cypher: string;
  dbHits: number;
  rows: number;
  /** Wall time of the statement run without PROFILE, after a warm-up run. */
  ms: number;
  scans: string[];
  verdict: "index" | "scan (by design)" | "SCAN";
  note?: string;
}

const operator = (node: PlanNode) => node.operatorType.split("@")[0]!;

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  node.children.forEach((child) => walk(child, visit));
}

async function profile(db: Db, statement: Statement) {
  const session = db.driver.session({ database: db.database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      const result = await tx.run(`PROFILE ${statement.cypher}`, statement.params);
      const plan = result.summary.profile as unknown as PlanNode;
      let dbHits = 0;
      const scans: string[] = [];
      walk(plan, (node) => {
        dbHits += node.dbHits;
        if (SCANS.has(operator(node))) {
          scans.push(`${operator(node)} ${String(node.arguments.Details ?? "")}`.trim());
        }
      });
      const started = performance.now();
      await tx.run(statement.cypher, statement.params);
      return { dbHits, rows: plan.rows, scans, ms: performance.now() - started };
    });
  } finally {
    await session.close();
  }
}

const firstLine = (cypher: string) => cypher.trim().replace(/\s+/g, " ").slice(0, 110);

/**
 * Runs every catalogued read through a recording Db to learn the statements it sends, then
 * PROFILEs each one: database hits, rows, wall time, and any scan of a whole label or type.
 */
export async function profileQueries(
  db: Db,
  catalogue: CatalogueEntry[],
  log: (line: string) => void = () => {},
): Promise<ProfiledStatement[]> {
  const profiled: ProfiledStatement[] = [];
  for (const entry of catalogue) {
    const recorder = recordingDb(db);
    // A query that fails (a timeout, say) is still recorded, and profiled below.
    await entry.run(recorder.db).catch(() => undefined);
    const statements = recorder.transactions.flatMap((tx) => tx.statements);
    for (const statement of statements) {
      const found = await profile(db, statement).catch((error: unknown) => {
        const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
        return { dbHits: -1, rows: -1, scans: [`failed: ${message}`], ms: Number.NaN };
      });
      const verdict =
        found.scans.length === 0 ? "index" : entry.scanBecause ? "scan (by design)" : "SCAN";
      const result: ProfiledStatement = {
        operation: entry.name,
        cypher: firstLine(statement.cypher),
        ...found,
        verdict,
        ...(verdict === "scan (by design)" && { note: entry.scanBecause }),
      };
      profiled.push(result);
      log(
        `  ${entry.name.padEnd(34)} ${String(found.dbHits).padStart(10)} hits ${String(found.rows).padStart(6)} rows ${found.ms.toFixed(0).padStart(6)} ms  ${verdict}`,
      );
    }
  }
  return profiled;
}

export function printProfile(profiled: ProfiledStatement[]): void {
  console.table(
    profiled.map((p) => ({
      operation: p.operation,
      statement: p.cypher.slice(0, 60),
      "db hits": p.dbHits,
      rows: p.rows,
      ms: Math.round(p.ms),
      verdict: p.verdict,
    })),
  );
  for (const p of profiled.filter((entry) => entry.verdict !== "index")) {
    console.log(
      `  ${p.verdict}: ${p.operation}: ${p.scans.join("; ")}${p.note ? ` (${p.note})` : ""}`,
    );
  }
}
