"use client";

import type { ExampleQuery } from "@/lib/admin/examples";
import type { HistoryEntry } from "@/lib/admin/history";
import type { SavedQuery } from "@/lib/admin/saved-queries";
import styles from "@/components/admin/admin-console.module.css";

export interface QueryLibraryProps {
  examples: ExampleQuery[];
  history: HistoryEntry[];
  hasMoreHistory: boolean;
  onMoreHistory: () => void;
  saved: SavedQuery[];
  onLoad: (query: string, params: Record<string, unknown>) => void;
  onDelete: (id: string) => void;
}

const firstLine = (query: string) => query.split("\n")[0]!.slice(0, 80);

export function QueryLibrary({
  examples,
  history,
  hasMoreHistory,
  onMoreHistory,
  saved,
  onLoad,
  onDelete,
}: QueryLibraryProps) {
  return (
    <aside className={styles.library} aria-label="Queries">
      <h2>Examples</h2>
      <ul>
        {examples.map((e) => (
          <li key={e.name}>
            <button type="button" className={styles.link} onClick={() => onLoad(e.query, e.params)}>
              {e.name}
            </button>
          </li>
        ))}
      </ul>
      <h2>Saved</h2>
      {saved.length === 0 && <p className={styles.muted}>None yet.</p>}
      <ul>
        {saved.map((s) => (
          <li key={s.id} className={styles.savedItem}>
            <button type="button" className={styles.link} onClick={() => onLoad(s.query, s.params)}>
              {s.name}
            </button>
            <button
              type="button"
              className={styles.small}
              aria-label={`Delete saved query ${s.name}`}
              onClick={() => onDelete(s.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <h2>History</h2>
      {history.length === 0 && <p className={styles.muted}>Nothing run yet.</p>}
      <ol className={styles.history}>
        {history.map((h) => (
          <li key={h.at + h.query}>
            <button
              type="button"
              className={styles.link}
              title={h.query}
              onClick={() => onLoad(h.query, h.params)}
            >
              <code>{firstLine(h.query)}</code>
            </button>
            <span className={styles.muted}>
              {" "}
              {h.mode === "write" ? "write · " : ""}
              {h.outcome}
            </span>
          </li>
        ))}
      </ol>
      {hasMoreHistory && (
        <button type="button" className={styles.small} onClick={onMoreHistory}>
          Older queries
        </button>
      )}
    </aside>
  );
}
