import type { Stance } from "@/lib/explorer/evidence-groups";
import styles from "@/components/evidence/evidence.module.css";

// A tick for support, a cross for dispute: drawn, so no font lacks them.
const ICONS: Record<Stance, string> = {
  supports: "M2 7.5l3.2 3.2L12 4",
  disputes: "M3 3l8 8M11 3l-8 8",
};

/** "supports" or "disputes", in words with an icon beside them. */
export function StanceMark({ stance }: { stance: Stance }) {
  return (
    <span className={`${styles.mark} ${styles[stance]}`}>
      <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
        <path d={ICONS[stance]} fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      {stance}
    </span>
  );
}
