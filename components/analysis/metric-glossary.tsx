import { RANKING_COLUMNS } from "@/components/analysis/ranking-columns";
import styles from "@/components/analysis/analysis.module.css";

export function MetricGlossary() {
  return (
    <dl className={styles.glossary}>
      {RANKING_COLUMNS.map((c) => (
        <div key={c.key} style={{ display: "contents" }}>
          <dt>{c.label}</dt>
          <dd>{c.explain}</dd>
        </div>
      ))}
    </dl>
  );
}
