"use client";

import { ActorPanel } from "@/components/explorer/actor-panel";
import { RelationshipPanel } from "@/components/explorer/relationship-panel";
import type { GraphData } from "@/lib/explorer/graph-types";
import type { Selection } from "@/lib/explorer/view-state";

export interface DetailPanelProps {
  selection: Selection;
  graph: GraphData;
  focus: string | null;
  remaining: Record<string, number>;
  nameOf: (actorId: string) => string;
  onClose: () => void;
  onFocus: (actorId: string) => void;
  onExpand: (actorId: string, all: boolean) => void;
  onSelectActor: (actorId: string) => void;
  onSelectRelationship: (relationshipId: string) => void;
}

/** The side panel (a drawer on a phone) for what is selected. */
export function DetailPanel(props: DetailPanelProps) {
  const { selection, nameOf } = props;
  if (!selection) {
    return (
      <aside className="detail-panel detail-panel-empty" aria-label="Details">
        <h2>Details</h2>
        <p>
          Find an actor above, or click a node or a link, to see who it influences, who opposes it,
          and the passages that say so.
        </p>
      </aside>
    );
  }
  const membership =
    selection.type === "edge"
      ? props.graph.edges.find(
          ({ data }) => data.id === selection.id && data.family === "membership",
        )
      : undefined;
  return (
    <aside className="detail-panel" aria-labelledby="panel-heading">
      <button
        type="button"
        className="panel-close"
        onClick={props.onClose}
        aria-label="Close details"
      >
        ×
      </button>
      {selection.type === "node" ? (
        <ActorPanel
          key={selection.id}
          actorId={selection.id}
          isFocus={props.focus === selection.id}
          remaining={props.remaining[selection.id]}
          nameOf={nameOf}
          onFocus={props.onFocus}
          onExpand={props.onExpand}
          onSelectActor={props.onSelectActor}
          onSelectRelationship={props.onSelectRelationship}
        />
      ) : membership ? (
        <div>
          <h2 id="panel-heading">Membership</h2>
          <p>
            {nameOf(membership.data.source)} is a member of {nameOf(membership.data.target)}
            {typeof membership.data.role === "string" ? ` (${membership.data.role})` : ""}.
          </p>
        </div>
      ) : (
        <RelationshipPanel
          key={selection.id}
          relationshipId={selection.id}
          nameOf={nameOf}
          onSelectActor={props.onSelectActor}
        />
      )}
    </aside>
  );
}
