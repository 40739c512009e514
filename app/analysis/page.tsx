import { ActorCompare } from "@/components/analysis/actor-compare";
import { BalanceSection } from "@/components/analysis/balance-section";
import { EvidenceSection } from "@/components/analysis/evidence-section";
import { MetricGlossary } from "@/components/analysis/metric-glossary";
import { PathFinder } from "@/components/analysis/path-finder";
import { RankingsTable } from "@/components/analysis/rankings-table";
import { References } from "@/components/analysis/references";
import { TimelineSection } from "@/components/analysis/timeline-section";
import styles from "@/components/analysis/analysis.module.css";
import { getDb } from "@/lib/db/driver";
import { GraphTooLarge } from "@/lib/analysis/load-graph";
import { analysisSnapshot, type AnalysisSnapshot } from "@/lib/analysis/service";
import type { ActorRef } from "@/lib/analysis/types";

export const metadata = { title: "Analysis" };
export const dynamic = "force-dynamic";

// The opening question researchers bring; any actors will do when the graph holds other ones.
function pick(actors: ActorRef[], wanted: string, fallback: number): string {
  return actors.find((a) => a.id === wanted)?.id ?? actors[fallback]?.id ?? "";
}

export default async function AnalysisPage() {
  let data: AnalysisSnapshot;
  try {
    data = await analysisSnapshot(getDb());
  } catch (error) {
    if (!(error instanceof GraphTooLarge)) {
      console.error("Analysis page could not load the graph", error);
    }
    return (
      <div className={styles.page}>
        <h1>Analysis</h1>
        <p role="alert">
          {error instanceof GraphTooLarge
            ? error.message
            : "The analysis needs the database, which is not answering. Try again shortly."}
        </p>
      </div>
    );
  }
  const names = Object.fromEntries(data.actors.map((a) => [a.id, a.name]));
  const from = pick(data.actors, "iran", 0);
  const to = pick(data.actors, "us-forces-in-iraq", 1);

  return (
    <div className={styles.page}>
      <h1>Analysis</h1>
      <p className={styles.lead}>
        Who matters, how influence travels, and where alignments strain — computed over the{" "}
        {data.actors.length} actors and {data.evidence.relationships.length} cited relationships in
        the graph (version <code>{data.graphVersion}</code>). Every step shown comes with the
        passages that support it.
      </p>
      <ul className={styles.toc}>
        <li>
          <a href="#rankings-heading">Rankings</a>
        </li>
        <li>
          <a href="#paths-heading">Paths of influence</a>
        </li>
        <li>
          <a href="#compare-heading">Compare two actors</a>
        </li>
        <li>
          <a href="#balance-heading">Strained alliances</a>
        </li>
        <li>
          <a href="#evidence-heading">Evidence</a>
        </li>
        <li>
          <a href="#contested-heading">Contested edges ({data.evidence.contested.length})</a>
        </li>
        <li>
          <a href="#timeline-heading">Over time</a>
        </li>
        <li>
          <a href="#references-heading">References</a>
        </li>
      </ul>

      <section className={styles.section} aria-labelledby="rankings-heading">
        <h2 id="rankings-heading">Rankings</h2>
        <p className={styles.explain}>
          Click a column heading to sort. Counts are ties; “w” is their summed weight (each tie is
          weighted 1–3 by how strongly the source states it).
        </p>
        <RankingsTable rows={data.rankings} />
        <details open>
          <summary>What the numbers mean</summary>
          <MetricGlossary />
        </details>
      </section>

      <section className={styles.section} aria-labelledby="paths-heading">
        <h2 id="paths-heading">Paths of influence</h2>
        <p className={styles.explain}>
          The shortest chains of ties linking two actors, up to k alternatives. Parallel ties of the
          same kind between two actors count as one step (the strongest is shown). Arrows show which
          way each tie points; “hostile” counts the steps that are hostility rather than influence.
        </p>
        <PathFinder actors={data.actors} initialFrom={from} initialTo={to} />
      </section>

      <section className={styles.section} aria-labelledby="compare-heading">
        <h2 id="compare-heading">Compare two actors</h2>
        <p className={styles.explain}>
          Allies and adversaries use the same collapsed signs as the balance analysis below.
        </p>
        <ActorCompare
          actors={data.actors}
          initialA={from}
          initialB={pick(data.actors, "united-states", 2)}
        />
      </section>

      <BalanceSection report={data.balance} names={names} />
      <EvidenceSection report={data.evidence} names={names} />
      <TimelineSection
        months={data.months}
        undated={data.evidence.relationships.filter((e) => !e.relationship.date).length}
      />
      <References />
    </div>
  );
}
