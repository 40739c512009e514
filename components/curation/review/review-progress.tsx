import type { MentionView as Mention } from "@/lib/curation/types";

/** Decided (linked or not an actor) out of every mention in the document. */
export function ReviewProgress({ mentions }: { mentions: Mention[] }) {
  const decided = mentions.filter((m) => m.status === "linked" || m.status === "rejected").length;
  const total = mentions.length;
  return (
    <p className="review-progress">
      <label htmlFor="review-progress-bar">
        {decided} of {total} mentions decided
      </label>
      <progress id="review-progress-bar" max={Math.max(total, 1)} value={decided} />
    </p>
  );
}
