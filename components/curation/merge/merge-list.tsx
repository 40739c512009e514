import type { MergeView } from "@/lib/curation/merge-types";

export interface MergeListProps {
  merges: MergeView[];
  busy: boolean;
  onUnmerge: (merge: MergeView) => void;
}

/** The latest merges, each undone with its own button while it stands. */
export function MergeList({ merges, busy, onUnmerge }: MergeListProps) {
  return (
    <section aria-labelledby="merge-list-heading">
      <h2 id="merge-list-heading">Merges</h2>
      {merges.length === 0 ? (
        <p className="hint">No merge yet.</p>
      ) : (
        <ul className="merge-list">
          {merges.map((merge) => (
            <li key={merge.id}>
              <span>
                {merge.mergedName} into {merge.survivorName ?? merge.survivorId}, by {merge.by} at{" "}
                {merge.at.slice(0, 16).replace("T", " ")}
                {merge.undoneAt && ` — undone by ${merge.undoneBy ?? "?"}`}
              </span>{" "}
              {!merge.undoneAt && (
                <button type="button" disabled={busy} onClick={() => onUnmerge(merge)}>
                  Unmerge {merge.mergedName}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
