import type { RelationshipEvidence } from "@/lib/analysis/evidence";
import { describeEvidence, type Stance } from "@/lib/explorer/evidence-groups";
import type { Citation } from "@/lib/graph/types";
import { PassageQuote, RelationshipLine } from "@/components/analysis/relationship-quotes";
import { ContestedBadge } from "@/components/evidence/contested-badge";
import { StanceMark } from "@/components/evidence/stance-mark";
import styles from "@/components/analysis/analysis.module.css";

export interface ContestedEdgesProps {
  contested: RelationshipEvidence[];
  names: Record<string, string>;
}

/** Every contested relationship with both sides' quotes: what supports it, what disputes it. */
export function ContestedEdges({ contested, names }: ContestedEdgesProps) {
  return (
    <>
      <h3 id="contested-heading">Contested edges ({contested.length})</h3>
      {contested.length === 0 ? <p>None: no accepted claim disputes a relationship.</p> : null}
      {contested.map(({ relationship }) => (
        <article
          key={relationship.id}
          className={`${styles.card} ${styles.strained}`}
          aria-label={`Contested: ${relationship.summary}`}
        >
          <h4>
            <RelationshipLine relationship={relationship} names={names} />{" "}
            <span className={styles.sub}>{describeEvidence(relationship.evidence)}</span>
          </h4>
          <ContestedBadge evidence={relationship.evidence} />
          <Side stance="supports" citations={relationship.citations} />
          <Side stance="disputes" citations={relationship.evidence.disputes} />
        </article>
      ))}
    </>
  );
}

function Side({ stance, citations }: { stance: Stance; citations: Citation[] }) {
  return (
    <div>
      <StanceMark stance={stance} /> <span className={styles.source}>({citations.length})</span>
      {citations.length === 0 ? (
        <p className={styles.source}>
          {stance === "disputes" ? "No denying passage; see the reasons above." : "No passage."}
        </p>
      ) : (
        citations.map((c) => <PassageQuote key={c.passageId} citation={c} />)
      )}
    </div>
  );
}
