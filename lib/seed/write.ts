import type { ManagedTransaction } from "neo4j-driver";
import {
  ACTOR_KIND_LABELS,
  ensureSchema,
  LOCAL_ALIAS_TYPE,
  RECORD_LABELS,
  RELATIONSHIP_TYPES,
} from "@/lib/graph/schema";
import { RELATIONSHIP_FAMILIES } from "@/lib/domain/relationship-families";
import { importSeedCuration } from "@/lib/seed/curation-import";
import { writeSeedClaims } from "@/lib/seed/seed-claims";
import { writeTx, type Db } from "@/lib/db/session";
import { bumpGraphVersion } from "@/lib/graph/graph-version";
import type { SeedBundle } from "@/lib/seed/types";

export interface SeedCounts {
  documents: number;
  actors: number;
  passages: number;
  relationships: Record<string, number>;
  memberships: number;
}

const KIND_LABELS = Object.values(ACTOR_KIND_LABELS);

/**
 * Writes the whole bundle in one transaction: it lands completely or not at all, so a failure
 * leaves the previous graph exactly as it was. Entries are keyed by id, so re-running is a no-op.
 */
export async function writeSeed(
  db: Db,
  bundle: SeedBundle,
  options: { reset: boolean },
): Promise<void> {
  await ensureSchema(db);
  await writeTx(db, async (tx) => {
    // Saved views, the audit and the console's history and saved queries are people's work and
    // records, not seed data: reloading the graph keeps them.
    if (options.reset) {
      await tx.run(`MATCH (n) WHERE NOT n:${RECORD_LABELS.join("|")} DETACH DELETE n`);
    }
    await writeDocuments(tx, bundle);
    await writeActors(tx, bundle);
    await writeLocalAliases(tx, bundle);
    await writePassages(tx, bundle);
    await writeSeedClaims(tx, bundle);
    await importSeedCuration(tx, bundle);
    await bumpGraphVersion(tx);
  });
}

/** A document's node properties; the row mappers are shared with lib/synthetic/write.ts. */
export function documentRow(doc: SeedBundle["documents"][number]) {
  return {
    id: doc.id,
    title: doc.title,
    subtitle: doc.subtitle ?? null,
    section: doc.section ?? null,
    publisher: doc.publisher ?? null,
    author: doc.author ?? null,
    url: doc.url ?? null,
    language: doc.language ?? null,
    published: doc.published?.date ?? null,
    publishedYearInferred: doc.published?.yearInferred ?? false,
    sourceFile: doc.sourceFile,
    text: doc.text,
    bodyStart: doc.bodyStart,
    bodyEnd: doc.bodyEnd,
  };
}

export function actorRow(actor: SeedBundle["actors"][number]) {
  return {
    id: actor.id,
    name: actor.name,
    aliases: actor.aliases,
    aliasText: actor.aliases.join(" | "),
    kind: actor.kind,
    description: actor.description,
    country: actor.country ?? null,
    role: actor.role ?? null,
    documentIds: actor.documentIds,
  };
}

/** A relationship edge's endpoints and properties, as a generated graph writes them directly. */
export function relationshipRow(rel: SeedBundle["relationships"][number]) {
  return {
    source: rel.source,
    target: rel.target,
    props: {
      id: rel.id,
      family: rel.family,
      kind: rel.kind,
      weight: rel.weight,
      summary: rel.summary,
      dateStart: rel.dateStart ?? null,
      dateEnd: rel.dateEnd ?? null,
      dateLabel: rel.dateLabel ?? null,
      yearInferred: rel.yearInferred,
      passageIds: rel.passageIds,
      documentIds: rel.documentIds,
    },
  };
}

async function writeDocuments(tx: ManagedTransaction, bundle: SeedBundle): Promise<void> {
  await tx.run(
    `UNWIND $documents AS doc
     MERGE (d:Document {id: doc.id})
     SET d = doc`,
    { documents: bundle.documents.map(documentRow) },
  );
}

async function writeActors(tx: ManagedTransaction, bundle: SeedBundle): Promise<void> {
  for (const [kind, label] of Object.entries(ACTOR_KIND_LABELS)) {
    const actors = bundle.actors.filter((actor) => actor.kind === kind);
    if (actors.length === 0) continue;
    // `label` comes from the closed kind list, never from input.
    await tx.run(
      `UNWIND $actors AS actor
       MERGE (a:Actor {id: actor.id})
       REMOVE a:${KIND_LABELS.join(":")}
       SET a = actor, a:${label}`,
      { actors: actors.map(actorRow) },
    );
  }
}

async function writeLocalAliases(tx: ManagedTransaction, bundle: SeedBundle): Promise<void> {
  const rows = bundle.actors.flatMap((actor) =>
    (actor.localAliases ?? []).map(({ document, aliases }) => ({
      actor: actor.id,
      document,
      aliases,
    })),
  );
  await tx.run(
    `UNWIND $actorIds AS actorId
     MATCH (:Actor {id: actorId})-[old:${LOCAL_ALIAS_TYPE}]->()
     DELETE old`,
    { actorIds: bundle.actors.map((actor) => actor.id) },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Actor {id: row.actor}), (d:Document {id: row.document})
     CREATE (a)-[:${LOCAL_ALIAS_TYPE} {aliases: row.aliases}]->(d)`,
    { rows },
  );
}

async function writePassages(tx: ManagedTransaction, bundle: SeedBundle): Promise<void> {
  await tx.run(
    `UNWIND $passages AS passage
     MERGE (p:Passage {id: passage.id})
     SET p.documentId = passage.documentId, p.start = passage.start, p.end = passage.end, p.text = passage.text
     WITH p, passage
     MATCH (d:Document {id: passage.documentId})
     MERGE (p)-[:PART_OF]->(d)
     WITH p, passage
     OPTIONAL MATCH (p)-[old:MENTIONS]->()
     DELETE old
     WITH DISTINCT p, passage
     UNWIND passage.actorIds AS actorId
     MATCH (a:Actor {id: actorId})
     MERGE (p)-[:MENTIONS]->(a)`,
    { passages: bundle.passages },
  );
}

export async function countGraph(db: Db): Promise<SeedCounts> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: "READ" });
  try {
    const count = async (cypher: string) =>
      (await session.run(cypher)).records[0]?.get("n").toNumber() as number;
    const relationships: Record<string, number> = {};
    for (const family of RELATIONSHIP_FAMILIES) {
      relationships[family] = await count(
        `MATCH ()-[r:${RELATIONSHIP_TYPES[family]}]->() RETURN count(r) AS n`,
      );
    }
    return {
      documents: await count("MATCH (d:Document) RETURN count(d) AS n"),
      actors: await count("MATCH (a:Actor) RETURN count(a) AS n"),
      passages: await count("MATCH (p:Passage) RETURN count(p) AS n"),
      relationships,
      memberships: await count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS n"),
    };
  } finally {
    await session.close();
  }
}
