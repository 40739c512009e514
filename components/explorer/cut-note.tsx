"use client";

export interface CutNoteProps {
  /** What the view shows and what it left out (lib/explorer/view-note.ts `cutNote`). */
  text: string;
  /** Raises the view's limit; absent at the most the explorer draws. */
  onMore?: () => void;
  /** Opens the filters, to narrow the view instead. */
  onNarrow: () => void;
}

/** The sentence over a cut view, with its two ways on: more actors, or fewer by the filters. */
export function CutNote({ text, onMore, onNarrow }: CutNoteProps) {
  return (
    <p className="explorer-note" data-testid="cut-note">
      {text} —{" "}
      {onMore && (
        <>
          <button type="button" className="link-button" onClick={onMore}>
            show more
          </button>{" "}
          /{" "}
        </>
      )}
      <button type="button" className="link-button" onClick={onNarrow}>
        narrow by family or weight
      </button>
    </p>
  );
}
