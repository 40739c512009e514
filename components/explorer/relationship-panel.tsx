"use client";

import { CitationList } from "@/components/explorer/citation-list";
import { RelationshipItem } from "@/components/explorer/relationship-item";
import { useJson } from "@/components/explorer/use-json";
import { CuratorHistory } from "@/components/history/curator-history";
import type { RelationshipResponse } from "@/lib/graph/types";
import { FAMILY_NAMES } from "@/lib/domain/relationship-families";

export interface RelationshipPanelProps {
  relationshipId: string;
  onSelectActor: (actorId: string) => void;
}

/** A relationship (or a membership) with every passage that cites it. */
export function RelationshipPanel(props: RelationshipPanelProps) {
  const state = useJson<RelationshipResponse>(
    `/api/relationships/${encodeURIComponent(props.relationshipId)}`,
  );
  if (state.status === "loading") return <p aria-live="polite">Loading the relationship…</p>;
  if (state.status === "error") {
    return <p role="alert">Could not load this relationship: {state.message}</p>;
  }
  if ("membership" in state.data) {
    const membership = state.data.membership;
    return (
      <div className="relationship-panel">
        <h2 id="panel-heading">
          Membership: {membership.memberName} in {membership.groupName}
        </h2>
        <p>
          <button
            type="button"
            className="link-button"
            onClick={() => props.onSelectActor(membership.member)}
          >
            {membership.memberName}
          </button>{" "}
          is a member of{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => props.onSelectActor(membership.group)}
          >
            {membership.groupName}
          </button>{" "}
          ({membership.role}).
        </p>
        <CitationList citations={membership.citations} />
        <CuratorHistory
          query={`relationship=${encodeURIComponent(membership.id)}`}
          label="Changes to this membership, newest first"
        />
      </div>
    );
  }
  const relationship = state.data.relationship;
  return (
    <div className="relationship-panel">
      <h2 id="panel-heading">
        {FAMILY_NAMES[relationship.family]}: {relationship.sourceName} {relationship.kind}{" "}
        {relationship.targetName}
      </h2>
      <RelationshipItem
        relationship={relationship}
        byDocument
        onSelectActor={props.onSelectActor}
      />
      <CuratorHistory
        query={`relationship=${encodeURIComponent(relationship.id)}`}
        label="Changes to this relationship, newest first"
      />
    </div>
  );
}
