"use client";

import { useState } from "react";
import { CitationList } from "@/components/explorer/citation-list";
import { useJson } from "@/components/explorer/use-json";
import type { Relationship } from "@/lib/explorer/api-types";

function LoadedCitations({ relationshipId }: { relationshipId: string }) {
  const state = useJson<{ relationship: Relationship } | Relationship>(
    `/api/relationships/${encodeURIComponent(relationshipId)}`,
  );
  if (state.status === "loading") return <p>Loading…</p>;
  if (state.status === "error") return <p role="alert">{state.message}</p>;
  const relationship = "relationship" in state.data ? state.data.relationship : state.data;
  return <CitationList citations={relationship.citations} />;
}

/** Citations fetched only when the reader opens them, so a long table stays cheap. */
export function LazyCitations({ relationshipId }: { relationshipId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Passages</summary>
      {open && <LoadedCitations relationshipId={relationshipId} />}
    </details>
  );
}
