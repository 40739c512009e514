import { ActorCompare } from "@/components/analysis/actor-compare";
import { BalanceJob } from "@/components/analysis/balance-job";
import { EvidenceSection } from "@/components/analysis/evidence-section";
import { PathFinder } from "@/components/analysis/path-finder";
import { RankingsJob } from "@/components/analysis/rankings-job";
import type { JobView } from "@/components/analysis/use-job";
import { References } from "@/components/analysis/references";
import { TimelineSection } from "@/components/analysis/timeline-section";
import styles from "@/components/analysis/analysis.module.css";
import { getDb } from "@/lib/db/driver";
import type { BalanceReport } from "@/lib/analysis/balance";
import { analysisJob, type JobAnswer, type JobResult } from "@/lib/analysis/jobs";
import { ANALYSIS_LIMITS, graphSize } from "@/lib/analysis/load-graph";
import { topRankings, type RankingsBody } from "@/lib/analysis/rankings-body";
import { analysisSnapshot, type AnalysisSnapshot } from "@/lib/analysis/service";
import type { ActorRef } from "@/lib/analysis/types";

export const metadata = { title: "Analysis" };
export const dynamic = "force-dynamic";

// The opening question researchers bring; any actors will do when the graph holds other ones.
function pick(actors: ActorRef[], wanted: string, fallback: number): string {
  return actors.find((a) => a.id === wanted)?.id ?? actors[fallback]?.id ?? "";
}

/** On a large graph the page lists the rankings' top actors by PageRank. */
const TOP_ACTORS = 200;
// A small graph's analyses take a second or two: the page waits for them, as before.
const SMALL_WAIT_MS = 10_000;

function initialView<T>(answer: JobAnswer, part: (result: JobResult) => T): JobView<T> {
  if (answer.status === "done") return { state: "done", value: part(answer.result) };
  return { state: "pending", progress: answer.progress, error: answer.error };
}

function unavailable(message: string) {
  return (
    <div className={styles.page}>
      <h1>Analysis</h1>
      <p role="alert">{message}</p>
    </div>
  );
}

export default async function AnalysisPage() {
  const db = getDb();
  let size: { actors: number; relationships: number };
  let jobs: [JobAnswer, JobAnswer];
  let data: AnalysisSnapshot | null = null;
  try {
    size = await graphSize(db);
    const small =
      size.actors <= ANALYSIS_LIMITS.actors && size.relationships <= ANALYSIS_LIMITS.relationships;
    const wait = small ? SMALL_WAIT_MS : 0;
    jobs = await Promise.all([analysisJob(db, "rankings", wait), analysisJob(db, "balance", wait)]);
    if (small) data = await analysisSnapshot(db);
  } catch (error) {
    console.error("Analysis page could not load the graph", error);
    return unavailable(
      "The analysis needs the database, which is not answering. Try again shortly.",
    );
  }
  const rankings = (
    <RankingsJob
      url={data ? "/api/analysis/rankings" : `/api/analysis/rankings?top=${TOP_ACTORS}`}
      initial={initialView(jobs[0], (result) =>
        data
          ? result.body<RankingsBody>()
          : topRankings(result.summary<RankingsBody>() ?? result.body<RankingsBody>(), TOP_ACTORS),
      )}
    />
  );
  const balance = (
    <BalanceJob
      url="/api/analysis/balance"
      initial={initialView(jobs[1], (result) => result.body<BalanceReport>())}
    />
  );
  if (!data) {
    return (
      <div className={styles.page}>
        <h1>Analysis</h1>
        <p className={styles.lead}>
          Who matters and where alignments strain, computed over the whole graph:{" "}
          {size.actors.toLocaleString("en-US")} actors and{" "}
          {size.relationships.toLocaleString("en-US")} influence and hostility relationships. On a
          graph this size the analyses run in the background and each section fills in when its job
          is done; paths, comparisons, evidence and the timeline take graphs of up to{" "}
          {ANALYSIS_LIMITS.actors.toLocaleString("en-US")} actors (use the explorer and{" "}
          <code>/api/paths</code> for paths here).
        </p>
        {rankings}
        {balance}
        <References />
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

      {rankings}

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

      {balance}
      <EvidenceSection report={data.evidence} names={names} />
      <TimelineSection
        months={data.months}
        undated={data.evidence.relationships.filter((e) => !e.relationship.date).length}
      />
      <References />
    </div>
  );
}
