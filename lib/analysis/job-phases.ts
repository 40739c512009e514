/** The whole-graph analyses that run as jobs (lib/analysis/jobs.ts). */
export const JOB_ANALYSES = ["rankings", "balance"] as const;
export type JobAnalysis = (typeof JOB_ANALYSES)[number];

/** Each job's phases in order, with the share of the whole run each takes (measured on 100k). */
export const JOB_PHASES: Record<JobAnalysis, ReadonlyArray<readonly [string, number]>> = {
  rankings: [
    ["queued", 0],
    ["loading", 0.25],
    ["degree", 0.02],
    ["pageRank", 0.08],
    ["betweenness", 0.4],
    ["communities", 0.2],
    ["storing", 0.05],
  ],
  balance: [
    ["queued", 0],
    ["loading", 0.3],
    ["triads", 0.3],
    ["blocs", 0.3],
    ["storing", 0.1],
  ],
};

export const PHASE_LABELS: Record<string, string> = {
  queued: "Waiting to start",
  loading: "Reading the graph",
  degree: "Counting ties",
  pageRank: "PageRank",
  betweenness: "Betweenness",
  communities: "Communities (Louvain)",
  triads: "Finding triangles",
  blocs: "Splitting into two blocs",
  storing: "Storing the result",
  done: "Done",
};

/** How far the whole job is (0–1) when `phase` is `fraction` done. */
export function overallFraction(analysis: JobAnalysis, phase: string, fraction: number): number {
  if (phase === "done") return 1;
  let before = 0;
  for (const [name, share] of JOB_PHASES[analysis]) {
    if (name === phase) return Math.min(1, before + share * Math.max(0, Math.min(1, fraction)));
    before += share;
  }
  return 0;
}
