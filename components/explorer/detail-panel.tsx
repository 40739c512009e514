"use client";

import { ActorPanel } from "@/components/explorer/actor-panel";
import { RelationshipPanel } from "@/components/explorer/relationship-panel";
import type { Selection } from "@/lib/explorer/view-state";

export interface DetailPanelProps {
  selection: Selection;
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
      <aside className="detail-panel-empty" aria-label="How to explore">
        <p>
          Find an actor above, or click a node or a link, to see who it influences, who opposes it,
          and the passages that say so.
        </p>
      </aside>
    );
  }
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
          fallbackName={nameOf(selection.id)}
          onFocus={props.onFocus}
          onExpand={props.onExpand}
          onSelectActor={props.onSelectActor}
          onSelectRelationship={props.onSelectRelationship}
        />
      ) : (
        <RelationshipPanel
          key={selection.id}
          relationshipId={selection.id}
          onSelectActor={props.onSelectActor}
        />
      )}
    </aside>
  );
}
