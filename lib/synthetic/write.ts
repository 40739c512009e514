import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { writeTx, type Db } from "@/lib/db/session";
import { bumpGraphVersion } from "@/lib/graph/graph-version";
import { pairOf } from "@/lib/curation/claim-edges";
import { projectPairEdges, type ClaimForEdge } from "@/lib/curation/evidence";
import { EDGE_TYPES } from "@/lib/graph/cypher";
import { ACTOR_KIND_LABELS, SCHEMA_STATEMENTS } from "@/lib/graph/schema";
import { seedClaims } from "@/lib/seed/seed-claims";
import type { SeedActor } from "@/lib/seed/types";
import { actorRow, documentRow } from "@/lib/seed/write";

const LOAD_LOOKUPS = /CONSTRAINT (actor_id|document_id) /;

async function runSchema(db: Db, statements: string[], waitSeconds: number): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    for (const statement of statements) await session.run(statement);
    await session.run("CALL db.awaitIndexes($seconds)", { seconds: neo4j.int(waitSeconds) });
  } finally {
    await session.close();
  }
}
import { documentBundle, type DocumentBundle } from "@/lib/synthetic/bundle";
import type { SyntheticGraph } from "@/lib/synthetic/generate";

export interface LoadProgress {
  actors: number;
  documents: number;
  relationships: number;
  memberships: number;
  passages: number;
  elapsedMs: number;
}

export interface LoadOptions {
  /** Actors written per transaction. */
  actorBatch?: number;
  /** Claims (relationships and memberships, with their documents and passages) per transaction. */
  claimBatch?: number;
  onProgress?: (progress: LoadProgress) => void;
}

function emptyBatch(): DocumentBundle {
  return { documents: [], relationships: [], memberships: [], passages: [] };
}

// The seed loader (lib/seed/write.ts) MERGEs and first deletes what an entry replaces, so that
// re-seeding is safe; into an empty graph plain CREATEs write the same nodes, relationships and
// properties (the same row mappers) about three times faster.

async function createActors(tx: ManagedTransaction, actors: SeedActor[]): Promise<void> {
  for (const [kind, label] of Object.entries(ACTOR_KIND_LABELS)) {
    const ofKind = actors.filter((actor) => actor.kind === kind);
    if (ofKind.length === 0) continue;
    // `label` comes from the closed kind list, never from input.
    await tx.run(`UNWIND $actors AS actor CREATE (a:Actor:${label}) SET a = actor`, {
      actors: ofKind.map(actorRow),
    });
  }
}

async function createClaims(tx: ManagedTransaction, batch: DocumentBundle): Promise<void> {
  await tx.run(`UNWIND $documents AS doc CREATE (d:Document) SET d = doc`, {
    documents: batch.documents.map(documentRow),
  });
  await tx.run(
    `UNWIND $passages AS passage
     MATCH (d:Document {id: passage.documentId})
     CREATE (p:Passage {id: passage.id, documentId: passage.documentId, start: passage.start,
                        end: passage.end, text: passage.text})-[:PART_OF]->(d)
     WITH p, passage
     UNWIND passage.actorIds AS actorId
     MATCH (a:Actor {id: actorId})
     CREATE (p)-[:MENTIONS]->(a)`,
    { passages: batch.passages },
  );
  // The edges by the one aggregation rule, as the seed import projects them (without writing the
  // claims themselves, for speed). Each generated relationship is its own edge, so only
  // "contested by the other family in an overlapping period" could need a pair's claims from
  // another batch: a generated graph finds that within a batch (docs/curation.md).
  const documents = new Map(
    batch.documents.map((doc) => [
      doc.id,
      {
        id: doc.id,
        title: doc.title,
        publisher: doc.publisher ?? null,
        copyRootId: null,
        countsSeparately: false,
      },
    ]),
  );
  const byPair = new Map<string, ClaimForEdge[]>();
  for (const claim of seedClaims(batch, "")) {
    const key = pairOf(claim.subjectId, claim.objectId).join("\u0000");
    byPair.set(key, [...(byPair.get(key) ?? []), claim]);
  }
  const edges = [...byPair.values()].flatMap((claims) => projectPairEdges(claims, documents));
  for (const [family, type] of Object.entries(EDGE_TYPES)) {
    await tx.run(
      `UNWIND $edges AS edge
       MATCH (s:Actor {id: edge.source})
       MATCH (t:Actor {id: edge.target})
       CREATE (s)-[r:${type}]->(t)
       SET r = edge.props`,
      { edges: edges.filter((edge) => edge.family === family) },
    );
  }
}

/**
 * Writes a synthetic graph into an empty database: the schema first (SCHEMA_STATEMENTS), then
 * actors, then documents with their passages and claims, each batch one `UNWIND` transaction.
 * The next batch is generated while the database writes the last one.
 */
export async function loadSyntheticGraph(
  db: Db,
  graph: SyntheticGraph,
  options: LoadOptions = {},
): Promise<LoadProgress> {
  const actorBatch = options.actorBatch ?? 5_000;
  const claimBatch = options.claimBatch ?? 5_000;
  const started = performance.now();
  const progress: LoadProgress = {
    actors: 0,
    documents: 0,
    relationships: 0,
    memberships: 0,
    passages: 0,
    elapsedMs: 0,
  };
  const report = () => {
    progress.elapsedMs = performance.now() - started;
    options.onProgress?.({ ...progress });
  };

  // Only the lookups the load makes need an index now; the others (full-text above all) are
  // built once over the loaded graph, which is faster than updating them batch by batch.
  await runSchema(
    db,
    SCHEMA_STATEMENTS.filter((statement) => LOAD_LOOKUPS.test(statement)),
    300,
  );
  for (let i = 0; i < graph.actors.length; i += actorBatch) {
    const actors = graph.actors.slice(i, i + actorBatch);
    await writeTx(db, async (tx) => {
      await createActors(tx, actors);
      await bumpGraphVersion(tx);
    });
    progress.actors += actors.length;
    report();
  }

  const write = async (batch: DocumentBundle) => {
    await writeTx(db, async (tx) => {
      await createClaims(tx, batch);
      await bumpGraphVersion(tx);
    });
    progress.documents += batch.documents.length;
    progress.relationships += batch.relationships.length;
    progress.memberships += batch.memberships.length;
    progress.passages += batch.passages.length;
    report();
  };
  let pending: Promise<void> = Promise.resolve();
  let batch = emptyBatch();
  for (const doc of graph.documents()) {
    // Generating is synchronous: yield between documents so the pending write's I/O proceeds.
    await new Promise((resolve) => setImmediate(resolve));
    const part = documentBundle(doc);
    batch.documents.push(...part.documents);
    batch.relationships.push(...part.relationships);
    batch.memberships.push(...part.memberships);
    batch.passages.push(...part.passages);
    if (batch.relationships.length + batch.memberships.length >= claimBatch) {
      await pending;
      pending = write(batch);
      batch = emptyBatch();
    }
  }
  await pending;
  if (batch.documents.length > 0) await write(batch);
  // Populating the full-text index over 100k actors' passages takes minutes on a small machine.
  await runSchema(db, SCHEMA_STATEMENTS, 3_600);
  progress.elapsedMs = performance.now() - started;
  return progress;
}

/** Empties the graph in small transactions, so a big graph fits the transaction memory cap. */
export async function emptyGraph(db: Db): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    // CALL … IN TRANSACTIONS must run in an auto-commit transaction, hence session.run.
    // Relationships go first: a hub's DETACH DELETE alone would hold thousands in one transaction.
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS");
    await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
  // The batches above cannot share a transaction; the version, deleted with them, comes after.
  await writeTx(db, bumpGraphVersion);
}
