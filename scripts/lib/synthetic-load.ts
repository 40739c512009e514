import type { Db } from "@/lib/db/session";
import { countGraph } from "@/lib/seed/write";
import type { SyntheticGraph } from "@/lib/synthetic/generate";
import { GENERATOR_VERSION, type SyntheticOptions } from "@/lib/synthetic/options";
import { emptyGraph, loadSyntheticGraph, type LoadProgress } from "@/lib/synthetic/write";
import { loadedGraph, recordLoadedGraph } from "@/scripts/lib/synthetic-neo4j";

const thousands = (n: number) => Math.round(n).toLocaleString("en-US");

export function describeGraph(graph: SyntheticGraph): string {
  return `${thousands(graph.actors.length)} actors, ${thousands(graph.relationshipCount)} relationships, ${thousands(graph.membershipCount)} memberships in ${thousands(graph.documentCount)} documents`;
}

/** What a load achieved, for the console and the benchmark's results. */
export interface LoadReport extends LoadProgress {
  relationshipsPerSecond: number;
  claimsPerSecond: number;
}

function progressLine(graph: SyntheticGraph, p: LoadProgress): string {
  const seconds = (p.elapsedMs / 1000).toFixed(0);
  if (p.relationships === 0 && p.memberships === 0) {
    return `  actors ${thousands(p.actors)} / ${thousands(graph.actors.length)} (${seconds} s)`;
  }
  const percent = ((100 * p.relationships) / graph.relationshipCount).toFixed(0).padStart(3);
  return `  ${percent}%  ${thousands(p.relationships)} relationships, ${thousands(p.passages)} passages, ${thousands(p.documents)} documents (${seconds} s)`;
}

/** Writes the graph, printing progress every few seconds and the load rate at the end. */
export async function loadWithProgress(db: Db, graph: SyntheticGraph): Promise<LoadReport> {
  let lastPrinted = 0;
  const done = await loadSyntheticGraph(db, graph, {
    onProgress: (p) => {
      if (p.elapsedMs - lastPrinted < 5_000) return;
      lastPrinted = p.elapsedMs;
      console.log(progressLine(graph, p));
    },
  });
  const seconds = done.elapsedMs / 1000;
  const report = {
    ...done,
    relationshipsPerSecond: done.relationships / seconds,
    claimsPerSecond: (done.relationships + done.memberships) / seconds,
  };
  console.log(
    `Loaded ${describeGraph(graph)} and ${thousands(done.passages)} passages in ${seconds.toFixed(1)} s: ` +
      `${thousands(report.relationshipsPerSecond)} relationships/s (${thousands(report.claimsPerSecond)} claims/s with memberships).`,
  );
  return report;
}

/** Refuses a non-empty target unless told to empty it. */
export async function prepareTarget(db: Db, reset: boolean, where: string): Promise<void> {
  const counts = await countGraph(db);
  if (counts.actors === 0 && counts.documents === 0) return;
  if (!reset) {
    throw new Error(
      `${where} already holds ${thousands(counts.actors)} actors: pass --reset to empty it first.`,
    );
  }
  console.log(`Emptying ${where} (${thousands(counts.actors)} actors)…`);
  await emptyGraph(db);
}

function holds(home: string, options: SyntheticOptions): boolean {
  const loaded = loadedGraph(home);
  return (
    loaded !== null &&
    loaded.generatorVersion === GENERATOR_VERSION &&
    loaded.actors === options.actors &&
    loaded.seed === options.seed &&
    loaded.relationshipsPerActor === options.relationshipsPerActor &&
    loaded.claimsPerDocument === options.claimsPerDocument
  );
}

/**
 * Makes the synthetic Neo4j in `home` hold `graph`: nothing to do when it already does (same
 * options, same generator version), else empties it and loads. Null when nothing was loaded.
 */
export async function ensureGraphIn(
  home: string,
  db: Db,
  graph: SyntheticGraph,
  reset: boolean,
): Promise<LoadReport | null> {
  const previous = loadedGraph(home);
  if (!reset && holds(home, graph.options)) {
    console.log(`${home} already holds this graph (loaded ${previous?.loadedAt}).`);
    return null;
  }
  await prepareTarget(db, true, home);
  recordLoadedGraph(home, undefined);
  const report = await loadWithProgress(db, graph);
  recordLoadedGraph(home, {
    ...graph.options,
    generatorVersion: GENERATOR_VERSION,
    loadedAt: new Date().toISOString(),
  });
  return report;
}
