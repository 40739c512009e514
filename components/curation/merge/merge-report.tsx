import type { MergeReport } from "@/lib/curation/merge-types";

export interface MergeReportViewProps {
  report: MergeReport;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The dry run's report: what moves to the survivor, the self-claims, and the warnings as text. */
export function MergeReportView({ report }: MergeReportViewProps) {
  const { survivor, merged } = report;
  const joined = report.edges.filter((e) => e.into);
  const dropped = report.edges.filter((e) => e.dropped);
  return (
    <section aria-labelledby="merge-report-heading" className="merge-report">
      <h2 id="merge-report-heading">
        What merging {merged.name} into {survivor.name} would change
      </h2>
      {report.warnings.length > 0 && (
        <div role="alert" className="merge-warnings">
          <h3>Warnings: curators judged these names different</h3>
          <ul>
            {report.warnings.map((w) => (
              <li key={w.judgementId}>{w.message}</li>
            ))}
          </ul>
        </div>
      )}
      <ul>
        <li>
          {plural(report.mentions.length, "mention")} move to {survivor.name}.
        </li>
        <li>
          {plural(report.claims.length, "claim")} move to {survivor.name}.
        </li>
        <li>
          {plural(report.aliases.length, "alias", "aliases")} move
          {report.aliases.length > 0 && `: ${report.aliases.map((a) => a.text).join(", ")}`}.
        </li>
        <li>{plural(report.localAliases.length, "document")} with local aliases.</li>
        <li>
          {plural(report.edges.length - dropped.length, "edge")} move;{" "}
          {plural(joined.length, "joins", "join")} an edge of {survivor.name}.
        </li>
      </ul>
      {joined.length > 0 && (
        <>
          <h3>Edges that combine</h3>
          <ul>
            {joined.map((e) => (
              <li key={e.id}>
                {e.id} ({e.kind}) joins {e.into}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.conflicts.length > 0 && (
        <>
          <h3>Conflicts: claims between the two, to be retracted</h3>
          <ul>
            {report.conflicts.map((c) => (
              <li key={c.id}>
                {c.subjectId} {c.kind ?? "relates to"} {c.objectId} ({c.status})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
