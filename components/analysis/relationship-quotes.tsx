import type { Relationship } from "@/lib/graph/types";
import { verb } from "@/lib/analysis/path-text";
import styles from "@/components/analysis/analysis.module.css";

export interface RelationshipQuotesProps {
  relationship: Relationship;
  names: Record<string, string>;
}

/** One relationship as "A backs B (date)" with each supporting passage quoted and its document. */
export function RelationshipQuotes({ relationship: r, names }: RelationshipQuotesProps) {
  const sign = r.family === "influence" ? "+" : "−";
  return (
    <>
      <span className={r.family === "influence" ? styles.plus : styles.minus} aria-hidden>
        {sign}{" "}
      </span>
      <span>
        {names[r.source] ?? r.source} <em>{verb(r.kind)}</em> {names[r.target] ?? r.target}
        {r.date?.label ? <span className={styles.source}> · {r.date.label}</span> : null}
      </span>
      {r.citations.map((c) => (
        <blockquote key={c.passageId} className={styles.quote} cite={`/documents/${c.documentId}`}>
          “{c.text.trim()}”{" "}
          <span className={styles.source}>— {c.documentTitle ?? c.documentId}</span>
        </blockquote>
      ))}
    </>
  );
}
