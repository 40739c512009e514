import type { Triad } from "@/lib/analysis/balance";
import { RelationshipQuotes } from "@/components/analysis/relationship-quotes";
import { SignLabel } from "@/components/analysis/sign-label";
import styles from "@/components/analysis/analysis.module.css";

export interface TriadCardProps {
  triad: Triad;
  names: Record<string, string>;
}

export function TriadCard({ triad, names }: TriadCardProps) {
  return (
    <article className={`${styles.card} ${triad.balanced ? styles.balanced : styles.strained}`}>
      <h4>
        {triad.actors.map((a) => a.name).join(" · ")}{" "}
        <span className={styles.sub}>
          {triad.pattern} — {triad.balanced ? "balanced" : "strained"}
        </span>
      </h4>
      <ul className={styles.tieList}>
        {triad.ties.map((tie) => (
          <li key={`${tie.a}|${tie.b}`}>
            {names[tie.a]} – {names[tie.b]}: <SignLabel sign={tie.sign} />
            <ul className={styles.tieList}>
              {tie.relationships.map((r) => (
                <li key={r.id}>
                  <RelationshipQuotes relationship={r} names={names} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </article>
  );
}
