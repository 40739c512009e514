"use client";

import { useState } from "react";
import { CitationList } from "@/components/explorer/citation-list";
import { useJson } from "@/components/explorer/use-json";
import type { RelationshipResponse } from "@/lib/graph/types";

function LoadedCitations({ relationshipId }: { relationshipId: string }) {
  const state = useJson<RelationshipResponse>(
    `/api/relationships/${encodeURIComponent(relationshipId)}`,
  );
  if (state.status === "loading") return <p>Loading…</p>;
  if (state.status === "error") return <p role="alert">{state.message}</p>;
  const claim = "membership" in state.data ? state.data.membership : state.data.relationship;
  return <CitationList citations={claim.citations} />;
}

/** Citations fetched only when the reader opens them, so a long table stays cheap. */
export function LazyCitations({
  relationshipId,
  count,
}: {
  relationshipId: string;
  count: number;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {count} passage{count === 1 ? "" : "s"}
      </summary>
      {open && <LoadedCitations relationshipId={relationshipId} />}
    </details>
  );
}
