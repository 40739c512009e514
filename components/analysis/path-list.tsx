"use client";

import type { InfluencePath } from "@/lib/analysis/path-shape";
import { footnotedParagraph, pathChain } from "@/lib/analysis/path-text";
import { RelationshipQuotes } from "@/components/analysis/relationship-quotes";
import { CopyButton } from "@/components/explorer/copy-button";
import styles from "@/components/analysis/analysis.module.css";

export interface PathListProps {
  paths: InfluencePath[];
}

export function PathList({ paths }: PathListProps) {
  if (paths.length === 0) return <p>No path within these limits.</p>;
  return (
    <ol className={styles.plainList} style={{ paddingLeft: 0, listStyle: "none" }}>
      {paths.map((path, i) => {
        const names = Object.fromEntries(path.nodes.map((n) => [n.id, n.name]));
        const prose = footnotedParagraph(path);
        return (
          <li key={path.relationships.map((r) => r.id).join(">")} className={styles.card}>
            <h4>
              Path {i + 1}{" "}
              <span className={styles.sub}>
                {path.length} {path.length === 1 ? "step" : "steps"}, {path.hostileHops} hostile
              </span>
            </h4>
            <p className={styles.chain} data-testid="path-chain">
              {pathChain(path)}
            </p>
            <ol className={styles.tieList}>
              {path.relationships.map((hop) => (
                <li key={hop.id}>
                  <RelationshipQuotes relationship={hop} names={names} />
                  {hop.parallelIds.length > 0 ? (
                    <span className={styles.source}>
                      {" "}
                      (+{hop.parallelIds.length} more tie{hop.parallelIds.length === 1 ? "" : "s"}{" "}
                      of this kind between them)
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
            <CopyButton
              text={prose.text}
              label="Copy as footnoted paragraph"
              className={styles.buttonSecondary}
            />
            <details>
              <summary>Footnoted paragraph</summary>
              <pre style={{ whiteSpace: "pre-wrap", fontSize: "0.85rem" }}>{prose.text}</pre>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
