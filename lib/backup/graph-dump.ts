import { createHash } from "node:crypto";
import type { Node, Relationship } from "neo4j-driver";
import { DUMP_FORMAT, graphDumpSchema, type GraphDump } from "@/lib/backup/dump-format";
import { readTx, writeTx, type Db } from "@/lib/db/session";
import { bumpGraphVersion } from "@/lib/graph/graph-version";
import { ensureSchema, RECORD_LABELS, UNDUMPED_LABELS } from "@/lib/graph/schema";
import type { CypherJson } from "@/lib/values/cypher-json";
import { valueFromJson } from "@/lib/values/deserialize";
import { serializeValue } from "@/lib/values/serialize";

const BATCH = 5_000;

// Properties go through the console's lossless codec: integers stay integers beyond 2^53, and
// dates, times, durations and points keep their type, zone and precision.
const encodeProperties = (props: Record<string, unknown>): Record<string, CypherJson> =>
  Object.fromEntries(Object.entries(props).map(([key, value]) => [key, serializeValue(value)]));

const decodeProperties = (props: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(props).map(([key, value]) => [key, valueFromJson(value)]));

/**
 * A fingerprint of the graph's identity: every node's labels and id, every relationship's type and
 * id. Records about the graph (RECORD_LABELS: audit, history, saved queries and views) are left
 * out, so reading the graph, which adds history, leaves it unchanged.
 */
export async function graphChecksum(db: Db): Promise<string> {
  const keys = await readTx(db, async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) WHERE NOT n:${RECORD_LABELS.join("|")} RETURN labels(n) AS labels, toString(n.id) AS id`,
    );
    const rels = await tx.run("MATCH ()-[r]->() RETURN type(r) AS type, toString(r.id) AS id");
    return [
      ...nodes.records.map(
        (r) => `N:${[...(r.get("labels") as string[])].sort().join(",")}:${r.get("id") ?? ""}`,
      ),
      ...rels.records.map((r) => `R:${r.get("type")}:${r.get("id") ?? ""}`),
    ];
  });
  return createHash("sha256").update(keys.sort().join("\n")).digest("hex");
}

export async function dumpGraph(db: Db): Promise<GraphDump> {
  const { nodes, relationships } = await readTx(db, async (tx) => {
    const skipped = UNDUMPED_LABELS.join("|");
    const nodeResult = await tx.run(`MATCH (n) WHERE NOT n:${skipped} RETURN n`);
    const relResult = await tx.run(
      `MATCH (a)-[r]->(b) WHERE NOT a:${skipped} AND NOT b:${skipped} RETURN r`,
    );
    return {
      nodes: nodeResult.records.map((record) => record.get("n") as Node),
      relationships: relResult.records.map((record) => record.get("r") as Relationship),
    };
  });
  return {
    format: DUMP_FORMAT,
    version: 2,
    exportedAt: new Date().toISOString(),
    checksum: await graphChecksum(db),
    nodes: nodes.map((node) => ({
      key: node.elementId,
      labels: [...node.labels].sort(),
      properties: encodeProperties(node.properties),
    })),
    relationships: relationships.map((rel) => ({
      type: rel.type,
      start: rel.startNodeElementId,
      end: rel.endNodeElementId,
      properties: encodeProperties(rel.properties),
    })),
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const quote = (identifier: string) => `\`${identifier}\``;

/**
 * Replaces the whole graph with the dump's content in one transaction: it loads completely or
 * the previous graph stays. Throws a ZodError naming the field when the file is not a dump.
 */
export async function loadGraph(db: Db, input: unknown): Promise<void> {
  const dump = graphDumpSchema.parse(input);
  const keys = new Set(dump.nodes.map((node) => node.key));
  const dangling = dump.relationships.findIndex(
    (rel) => !keys.has(rel.start) || !keys.has(rel.end),
  );
  if (dangling >= 0) {
    throw new Error(
      `relationships[${dangling}]: start or end is not the key of a node in the dump`,
    );
  }
  await ensureSchema(db);
  const session = db.driver.session({ database: db.database });
  try {
    // A temporary label and index make matching relationship endpoints a lookup, not a scan.
    await session.run(
      "CREATE INDEX dump_import_key IF NOT EXISTS FOR (n:DumpImport) ON (n.dumpKey)",
    );
    await session.run("CALL db.awaitIndexes(60)");
  } finally {
    await session.close();
  }
  await writeTx(db, async (tx) => {
    await tx.run("MATCH (n) DETACH DELETE n");
    for (const [labels, nodes] of groupBy(dump.nodes, (node) => node.labels.join(":"))) {
      const labelClause = ["DumpImport", ...(labels ? labels.split(":") : [])].map(quote).join(":");
      for (let i = 0; i < nodes.length; i += BATCH) {
        await tx.run(
          `UNWIND $rows AS row CREATE (n:${labelClause}) SET n = row.props, n.dumpKey = row.key`,
          {
            rows: nodes
              .slice(i, i + BATCH)
              .map((node) => ({ key: node.key, props: decodeProperties(node.properties) })),
          },
        );
      }
    }
    for (const [type, rels] of groupBy(dump.relationships, (rel) => rel.type)) {
      for (let i = 0; i < rels.length; i += BATCH) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (a:DumpImport {dumpKey: row.start}), (b:DumpImport {dumpKey: row.end})
           CREATE (a)-[r:${quote(type)}]->(b) SET r = row.props`,
          {
            rows: rels
              .slice(i, i + BATCH)
              .map((rel) => ({ ...rel, props: decodeProperties(rel.properties) })),
          },
        );
      }
    }
    await tx.run("MATCH (n:DumpImport) REMOVE n:DumpImport, n.dumpKey");
    // After the import, which may have brought the dumped graph's version node back.
    await bumpGraphVersion(tx);
  });
}
