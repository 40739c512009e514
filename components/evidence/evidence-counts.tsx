import { describeEvidence } from "@/lib/explorer/evidence-groups";
import type { EvidenceColumns } from "@/lib/graph/types";
import styles from "@/components/evidence/evidence.module.css";

/** "3 claims · 2 independent sources (3 documents)". */
export function EvidenceCounts({ evidence }: { evidence: EvidenceColumns }) {
  return <p className={styles.counts}>{describeEvidence(evidence)}</p>;
}
