import { writeTx, type Db } from "@/lib/db/session";
import {
  ensureSchema,
  writeActors,
  writeDocuments,
  writeMemberships,
  writePassages,
  writeRelationships,
} from "@/lib/seed/write";
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

/**
 * Writes a synthetic graph with the seed loader's own statements (lib/seed/write.ts): the schema
 * first, then actors, then documents with their passages and claims, each batch one `UNWIND`
 * transaction. The next batch is generated while the database writes the last one.
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

  await ensureSchema(db);
  for (let i = 0; i < graph.actors.length; i += actorBatch) {
    const actors = graph.actors.slice(i, i + actorBatch);
    await writeTx(db, (tx) => writeActors(tx, { actors }));
    progress.actors += actors.length;
    report();
  }

  const write = async (batch: DocumentBundle) => {
    await writeTx(db, async (tx) => {
      await writeDocuments(tx, batch);
      await writePassages(tx, batch);
      await writeRelationships(tx, batch);
      await writeMemberships(tx, batch);
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
  progress.elapsedMs = performance.now() - started;
  return progress;
}

/** Empties the graph in small transactions, so a big graph fits the transaction memory cap. */
export async function emptyGraph(db: Db): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    // CALL … IN TRANSACTIONS must run in an auto-commit transaction, hence session.run.
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
  }
}
