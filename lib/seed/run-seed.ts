import path from "node:path";
import type { Db } from "@/lib/db/session";
import { loadSeed } from "@/lib/seed/load";
import { countGraph, writeSeed, type SeedCounts } from "@/lib/seed/write";

export const SEED_DIR = path.resolve("graph-seed");

export interface SeedReport {
  files: {
    documents: number;
    actors: number;
    relationships: number;
    memberships: number;
    passages: number;
  };
  byKind: Record<string, number>;
  byFamily: Record<string, number>;
  database: SeedCounts;
}

/** Validates every file first (throws SeedError, writing nothing), then writes in one transaction. */
export async function seedGraph(
  db: Db,
  options: { reset: boolean; dir?: string },
): Promise<SeedReport> {
  const bundle = await loadSeed(options.dir ?? SEED_DIR);
  await writeSeed(db, bundle, options);
  const tally = (values: string[]) =>
    values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
  return {
    files: {
      documents: bundle.documents.length,
      actors: bundle.actors.length,
      relationships: bundle.relationships.length,
      memberships: bundle.memberships.length,
      passages: bundle.passages.length,
    },
    byKind: tally(bundle.actors.map((actor) => actor.kind)),
    byFamily: tally(bundle.relationships.map((rel) => rel.family)),
    database: await countGraph(db),
  };
}

export async function graphIsEmpty(db: Db): Promise<boolean> {
  return (await countGraph(db)).actors === 0;
}
