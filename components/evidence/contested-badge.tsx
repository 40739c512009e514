import type { Evidence } from "@/lib/graph/types";
import styles from "@/components/evidence/evidence.module.css";

/** The Contested badge and why, or nothing for an uncontested relationship. */
export function ContestedBadge({
  evidence,
}: {
  evidence: Pick<Evidence, "contested" | "contestedBecause">;
}) {
  if (!evidence.contested) return null;
  return (
    <div className={styles.contested}>
      <span className={styles.badge}>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <path d="M7 1.5L13 12.5H1Z" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M7 5.5v3.5M7 10.4v1" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        Contested
      </span>
      {evidence.contestedBecause.length > 0 && (
        <ul className={styles.reasons} aria-label="Why it is contested">
          {evidence.contestedBecause.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
