"use client";

import { MetricGlossary } from "@/components/analysis/metric-glossary";
import { RankingsTable } from "@/components/analysis/rankings-table";
import { JobProgressBar, useJob, type JobView } from "@/components/analysis/use-job";
import styles from "@/components/analysis/analysis.module.css";
import type { BetweennessMethod } from "@/lib/analysis/centrality";
import type { RankingsBody } from "@/lib/analysis/rankings-body";

export interface RankingsJobProps {
  url: string;
  initial: JobView<RankingsBody>;
}

const thousands = (n: number) => n.toLocaleString("en-US");

function methodText(method: BetweennessMethod): string {
  if (method.kind === "exact") return "Betweenness is exact (Brandes' algorithm over every actor).";
  return `Betweenness is sampled: Brandes–Pich estimate from ${thousands(method.sources)} of ${thousands(method.actors)} actors as sources (seed ${method.seed}), scaled up; with ${Math.round(method.confidence * 100)}% confidence every normalised value is within ±${method.errorBound.toFixed(3)} of the exact one (Hoeffding bound).`;
}

export function RankingsJob({ url, initial }: RankingsJobProps) {
  const view = useJob(url, initial);
  return (
    <section
      className={styles.section}
      aria-labelledby="rankings-heading"
      aria-busy={view.state === "pending"}
    >
      <h2 id="rankings-heading">Rankings</h2>
      <JobProgressBar name="Rankings" view={view} />
      {view.state === "done" ? (
        <>
          <p className={styles.explain}>
            {view.value.actors.length < view.value.actorCount
              ? `The ${thousands(view.value.actors.length)} actors with the highest PageRank of ${thousands(view.value.actorCount)}. `
              : ""}
            Click a column heading to sort. Counts are ties; “w” is their summed weight (each tie is
            weighted 1–3 by how strongly the source states it).
          </p>
          <p className={styles.method}>
            {methodText(view.value.betweennessMethod)} {thousands(view.value.communities.count)}{" "}
            communities of two or more actors (Louvain); the largest hold{" "}
            {view.value.communities.largest
              .slice(0, 5)
              .map((c) => thousands(c.size))
              .join(", ")}{" "}
            actors.
          </p>
          <RankingsTable rows={view.value.actors} />
        </>
      ) : null}
      <details open>
        <summary>What the numbers mean</summary>
        <MetricGlossary />
      </details>
    </section>
  );
}
