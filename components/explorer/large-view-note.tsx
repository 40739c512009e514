"use client";

import { communityName } from "@/lib/summary/community-name";
import type { SummaryCommunity } from "@/lib/summary/types";

const count = (n: number) => n.toLocaleString("en-US");

export interface LargeViewNoteProps {
  community: SummaryCommunity | null;
  communityId: number | null;
  limit: number | null;
  shown: number;
  left: number;
  onBack: () => void;
}

/** Says what part of a large graph is on screen, with the way back to its summary. */
export function LargeViewNote({
  community,
  communityId,
  limit,
  shown,
  left,
  onBack,
}: LargeViewNoteProps) {
  const what =
    communityId !== null
      ? `${communityName(communityId)}: ${count(shown)} of its ${count(community?.size ?? shown + left)} actors, the best-connected first.`
      : `The ${count(shown)} best-connected actors${limit !== null && left > 0 ? ` (${count(left)} more not shown)` : ""}.`;
  return (
    <p className="explorer-note large-view-note">
      {what}{" "}
      <button type="button" className="link-button" onClick={onBack}>
        Back to the summary
      </button>
    </p>
  );
}
