"use client";

import { useEffect } from "react";
import { useHistory } from "@/components/history/use-history";
import { historyLines } from "@/lib/curation/history-lines";
import { isRevertable } from "@/lib/curation/revertable";

export interface HistoryListProps {
  /** The query string of GET /api/history ("claim=…", "actor=…&user=…"); "" for every change. */
  query: string;
  /** The curator's CSRF token: with it, each revertable entry has a Revert button. */
  csrfToken: string | null;
  /** Something outside changes when the list should reload (a counter), and after a revert. */
  refresh?: number;
  onReverted?: () => void;
  /** The accessible name of the list: "History of this claim". */
  label: string;
}

/** Entries newest first, each with who, when, what changed and, for curators, Revert. */
export function HistoryList({ query, csrfToken, refresh, onReverted, label }: HistoryListProps) {
  const { entries, hasMore, error, notice, busy, revert, more, reload } = useHistory(
    query,
    csrfToken,
    onReverted,
  );
  useEffect(() => {
    if (refresh) reload();
  }, [refresh, reload]);
  if (error) return <p role="alert">History unavailable: {error}</p>;
  if (!entries) return <p aria-live="polite">Loading history…</p>;
  return (
    <div className="history">
      <p role="status" aria-live="polite" className="history-notice">
        {notice}
      </p>
      {entries.length === 0 ? (
        <p>No changes recorded yet.</p>
      ) : (
        <ol className="history-list" aria-label={label}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <p>
                <strong>{entry.action}</strong> by {entry.user},{" "}
                <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
              </p>
              <ul>
                {historyLines(entry).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
              {entry.revertedBy && (
                <p className="history-reverted">
                  Reverted by {entry.revertedBy.user},{" "}
                  <time dateTime={entry.revertedBy.at}>
                    {new Date(entry.revertedBy.at).toLocaleString()}
                  </time>
                </p>
              )}
              {csrfToken && isRevertable(entry) && (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void revert(entry)}
                  aria-label={`Revert ${entry.action} by ${entry.user} at ${new Date(entry.at).toLocaleString()}`}
                >
                  Revert
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {hasMore && (
        <button type="button" onClick={more}>
          Show older changes
        </button>
      )}
    </div>
  );
}
