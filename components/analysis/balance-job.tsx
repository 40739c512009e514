"use client";

import { BalanceSection } from "@/components/analysis/balance-section";
import { JobProgressBar, useJob, type JobView } from "@/components/analysis/use-job";
import styles from "@/components/analysis/analysis.module.css";
import type { BalanceReport } from "@/lib/analysis/balance";

export interface BalanceJobProps {
  url: string;
  initial: JobView<BalanceReport>;
}

/** Every actor the report names, for its pairs' labels. */
function namesOf(report: BalanceReport): Record<string, string> {
  const names: Record<string, string> = {};
  const refs = [
    ...report.actors,
    ...report.blocs.flat(),
    ...report.triads.flatMap((t) => t.actors),
  ];
  for (const a of refs) names[a.id] = a.name;
  for (const p of [...report.contested, ...report.frustratedTies]) {
    for (const r of p.relationships) {
      names[r.source] ??= r.sourceName;
      names[r.target] ??= r.targetName;
    }
    names[p.a] ??= p.a;
    names[p.b] ??= p.b;
  }
  return names;
}

export function BalanceJob({ url, initial }: BalanceJobProps) {
  const view = useJob(url, initial);
  if (view.state === "done")
    return <BalanceSection report={view.value} names={namesOf(view.value)} />;
  return (
    <section className={styles.section} aria-labelledby="balance-heading" aria-busy="true">
      <h2 id="balance-heading">Strained alliances: structural balance</h2>
      <JobProgressBar name="Balance" view={view} />
    </section>
  );
}
