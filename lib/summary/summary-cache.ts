import { readTx, type Db } from "@/lib/db/session";
import { graphTotals, type GraphTotals } from "@/lib/graph/graph-totals";
import { currentGraphVersion } from "@/lib/graph/graph-version";
import { loadTieGraph } from "@/lib/summary/load-ties";
import { summarise, type SummaryResult } from "@/lib/summary/summarise";
import type { GraphSummary } from "@/lib/summary/types";

/**
 * A summary older than this is recomputed in the background while the old one is served: the
 * version catches every write through the app, this one writes made around it (cypher-shell).
 */
const MAX_AGE_MS = 10 * 60_000;

interface Entry {
  stamp: string;
  computedAt: number;
  result: SummaryResult;
}

let latest: Entry | null = null;
const running = new Map<string, Promise<Entry>>();

function compute(db: Db, stamp: string): Promise<Entry> {
  const pending = running.get(stamp);
  if (pending) return pending;
  const run = loadTieGraph(db)
    .then((graph) => ({ stamp, computedAt: Date.now(), result: summarise(graph) }))
    .then((entry) => {
      latest = entry;
      return entry;
    })
    .finally(() => running.delete(stamp));
  running.set(stamp, run);
  return run;
}

/**
 * The summary for the graph as it is now. Reading the whole graph is the one unbounded cost here,
 * so it is paid once per graph version (lib/graph/graph-version.ts), which every write through the
 * app changes on every instance within a second. The counts are in the key too, as they are read
 * anyway: a seeding or deletion made outside the app is caught at once.
 */
export async function summaryResult(db: Db, totals?: GraphTotals): Promise<Entry> {
  // The version is read before the graph, so what is kept under it is never older than it.
  const version = await currentGraphVersion(db);
  const size = totals ?? (await readTx(db, graphTotals));
  const stamp = `${version}|${size.actors}|${size.relationships}|${size.memberships}`;
  if (latest && latest.stamp === stamp) {
    if (Date.now() - latest.computedAt > MAX_AGE_MS) {
      compute(db, stamp).catch(() => {
        // The stale summary keeps being served; the next request tries again.
      });
    }
    return latest;
  }
  return compute(db, stamp);
}

/** GET /api/graph/summary: the counts always; communities and top actors when over budget. */
export async function graphSummary(db: Db, budget: number): Promise<GraphSummary> {
  const totals = await readTx(db, graphTotals);
  const oversize = totals.actors + totals.relationships + totals.memberships > budget;
  if (!oversize) {
    return {
      totals,
      budget,
      oversize,
      communities: [],
      ties: [],
      topActors: [],
      computedAt: null,
    };
  }
  const { result, computedAt } = await summaryResult(db, totals);
  return {
    totals,
    budget,
    oversize,
    communities: result.communities,
    ties: result.ties,
    topActors: result.topActors,
    computedAt: new Date(computedAt).toISOString(),
  };
}
