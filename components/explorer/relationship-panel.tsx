"use client";

import { RelationshipItem } from "@/components/explorer/relationship-item";
import { useJson } from "@/components/explorer/use-json";
import type { Relationship } from "@/lib/explorer/api-types";
import { FAMILY_NAMES, type EdgeFamily } from "@/lib/explorer/kinds";

export interface RelationshipPanelProps {
  relationshipId: string;
  nameOf: (actorId: string) => string;
  onSelectActor: (actorId: string) => void;
}

export function RelationshipPanel(props: RelationshipPanelProps) {
  const state = useJson<{ relationship: Relationship } | Relationship>(
    `/api/relationships/${encodeURIComponent(props.relationshipId)}`,
  );
  if (state.status === "loading") return <p aria-live="polite">Loading the relationship…</p>;
  if (state.status === "error")
    return <p role="alert">Could not load this relationship: {state.message}</p>;
  const relationship = "relationship" in state.data ? state.data.relationship : state.data;
  return (
    <div className="relationship-panel">
      <h2 id="panel-heading">
        {FAMILY_NAMES[relationship.family as EdgeFamily] ?? relationship.family}:{" "}
        {props.nameOf(relationship.source)} {relationship.kind} {props.nameOf(relationship.target)}
      </h2>
      <RelationshipItem
        relationship={relationship}
        nameOf={props.nameOf}
        onSelectActor={props.onSelectActor}
        onSelectRelationship={() => undefined}
      />
    </div>
  );
}
