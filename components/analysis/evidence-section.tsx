import type { EvidenceReport } from "@/lib/analysis/evidence";
import { verb } from "@/lib/analysis/path-text";
import { ContestedEdges } from "@/components/analysis/contested-edges";
import { RelationshipQuotes } from "@/components/analysis/relationship-quotes";
import styles from "@/components/analysis/analysis.module.css";

export interface EvidenceSectionProps {
  report: EvidenceReport;
  names: Record<string, string>;
}

export function EvidenceSection({ report, names }: EvidenceSectionProps) {
  return (
    <section className={styles.section} aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence strength and contradictions</h2>
      <p className={styles.explain}>
        Each relationship rests on accepted claims, each from a document. Documents that are copies
        of one another, or from the same publisher, count as one <strong>independent source</strong>
        . {report.singleSource} of {report.relationships.length} relationships rest on a single
        independent source, and {report.singlePassage} on a single passage. A relationship is{" "}
        <strong>contested</strong> when an accepted claim denies it, or a tie of the other family
        overlaps it in time. A <strong>contradiction</strong> is a pair of actors that the sources
        show both influencing and hostile to each other in the same period (or with no date, so
        possibly the same period), on the word of different passages.
      </p>
      <ContestedEdges contested={report.contested} names={names} />
      <h3>Contradictions ({report.contradictions.length})</h3>
      {report.contradictions.length === 0 ? <p>None found.</p> : null}
      {report.contradictions.map((c) => (
        <article
          key={`${c.influence.id}/${c.hostility.id}`}
          className={`${styles.card} ${styles.strained}`}
        >
          <h4>
            {c.actors[0].name} · {c.actors[1].name}{" "}
            <span className={styles.sub}>period: {c.period}</span>
          </h4>
          <ul className={styles.tieList}>
            <li>
              <RelationshipQuotes relationship={c.influence} names={names} />
            </li>
            <li>
              <RelationshipQuotes relationship={c.hostility} names={names} />
            </li>
          </ul>
        </article>
      ))}
      <details>
        <summary>
          Support for every relationship, weakest first (fewest independent sources, then documents,
          then passages)
        </summary>
        <div className={styles.tableWrap}>
          <table className={styles.table} aria-label="Evidence per relationship">
            <thead>
              <tr>
                <th scope="col">Relationship</th>
                <th scope="col">Family</th>
                <th scope="col">Independent sources</th>
                <th scope="col">Documents</th>
                <th scope="col">Claims</th>
                <th scope="col">Passages</th>
                <th scope="col">Contested</th>
              </tr>
            </thead>
            <tbody>
              {report.relationships.map((e) => (
                <tr key={e.relationship.id}>
                  <td>
                    {e.source.name} <em>{verb(e.relationship.kind)}</em> {e.target.name}
                  </td>
                  <td style={{ textAlign: "left" }}>{e.relationship.family}</td>
                  <td>{e.relationship.evidence.independentSourceCount}</td>
                  <td>{e.relationship.evidence.sourceCount}</td>
                  <td>{e.relationship.evidence.claimCount}</td>
                  <td>{e.passageCount}</td>
                  <td>{e.relationship.evidence.contested ? "contested" : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
