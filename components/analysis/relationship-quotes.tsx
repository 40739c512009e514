import type { Citation, Relationship } from "@/lib/graph/types";
import { verb } from "@/lib/analysis/path-text";
import styles from "@/components/analysis/analysis.module.css";

export interface RelationshipQuotesProps {
  relationship: Relationship;
  names: Record<string, string>;
}

/** One relationship as "A backs B (date)" with each supporting passage quoted and its document. */
export function RelationshipQuotes({ relationship: r, names }: RelationshipQuotesProps) {
  return (
    <>
      <RelationshipLine relationship={r} names={names} />
      {r.citations.map((c) => (
        <PassageQuote key={c.passageId} citation={c} />
      ))}
    </>
  );
}

/** "+ A backs B · January 2020", the sign as a symbol beside the words. */
export function RelationshipLine({ relationship: r, names }: RelationshipQuotesProps) {
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
    </>
  );
}

/** A passage quoted with its document's title. */
export function PassageQuote({ citation: c }: { citation: Citation }) {
  return (
    <blockquote className={styles.quote} cite={`/documents/${c.documentId}`}>
      “{c.text.trim()}” <span className={styles.source}>— {c.documentTitle ?? c.documentId}</span>
    </blockquote>
  );
}
