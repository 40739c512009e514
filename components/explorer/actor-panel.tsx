"use client";

import { CitationList } from "@/components/explorer/citation-list";
import { RelationshipItem } from "@/components/explorer/relationship-item";
import { useJson } from "@/components/explorer/use-json";
import { CuratorHistory } from "@/components/history/curator-history";
import { groupRelationships, RELATIONSHIP_GROUPS } from "@/lib/explorer/relationship-groups";
import type { ActorDetailResponse } from "@/lib/graph/types";
import { actorKindName } from "@/lib/domain/actor-kinds";

export interface ActorPanelProps {
  actorId: string;
  isFocus: boolean;
  remaining: number | undefined;
  fallbackName: string;
  onFocus: (actorId: string) => void;
  onExpand: (actorId: string, all: boolean) => void;
  onSelectActor: (actorId: string) => void;
  onSelectRelationship: (relationshipId: string) => void;
}

/** Who an actor is, the groups it belongs to, and every relationship it gives or receives. */
export function ActorPanel(props: ActorPanelProps) {
  const state = useJson<ActorDetailResponse>(`/api/actors/${encodeURIComponent(props.actorId)}`);
  if (state.status === "loading") return <p aria-live="polite">Loading {props.fallbackName}…</p>;
  if (state.status === "error")
    return <p role="alert">Could not load this actor: {state.message}</p>;
  const { actor, memberships, relationships } = state.data;
  const groups = groupRelationships(actor.id, relationships);
  return (
    <div className="actor-panel">
      <h2 id="panel-heading">{actor.name}</h2>
      <p className="actor-kind">
        {actorKindName(actor.kind)}
        {actor.role ? ` · ${actor.role}` : ""}
        {actor.country ? ` · ${actor.country}` : ""}
      </p>
      {actor.aliases.length > 0 && (
        <p className="actor-aliases">
          <span className="muted">Also called </span>
          {actor.aliases.join(", ")}
        </p>
      )}
      <p>{actor.description}</p>
      <div className="panel-actions">
        {!props.isFocus && (
          <button type="button" onClick={() => props.onFocus(actor.id)}>
            Focus on {actor.name}
          </button>
        )}
        <button type="button" onClick={() => props.onExpand(actor.id, false)}>
          Expand neighbours
        </button>
        {props.remaining !== undefined && props.remaining > 0 && (
          <button type="button" onClick={() => props.onExpand(actor.id, true)}>
            and {props.remaining} more
          </button>
        )}
      </div>
      {memberships.length > 0 && (
        <section aria-labelledby="memberships-heading">
          <h3 id="memberships-heading">Memberships</h3>
          {memberships.map((membership) => {
            const isMember = membership.member === actor.id;
            const otherId = isMember ? membership.group : membership.member;
            const otherName = isMember ? membership.groupName : membership.memberName;
            return (
              <article key={membership.id} className="relationship-item">
                <p className="relationship-head">
                  {isMember ? "Member of " : "Has member "}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onSelectActor(otherId)}
                  >
                    {otherName}
                  </button>{" "}
                  <span className="muted">({membership.role})</span>
                </p>
                <CitationList citations={membership.citations} />
              </article>
            );
          })}
        </section>
      )}
      {RELATIONSHIP_GROUPS.map((group) => (
        <section key={group.key} aria-labelledby={`${group.key}-heading`}>
          <h3 id={`${group.key}-heading`}>
            {group.title} <span className="muted">({groups[group.key].length})</span>
          </h3>
          {groups[group.key].length === 0 ? (
            <p className="muted">None recorded.</p>
          ) : (
            groups[group.key].map((relationship) => (
              <RelationshipItem
                key={relationship.id}
                relationship={relationship}
                side={group.given ? "target" : "source"}
                onSelectActor={props.onSelectActor}
                onSelectRelationship={props.onSelectRelationship}
              />
            ))
          )}
        </section>
      ))}
      <CuratorHistory
        query={`actor=${encodeURIComponent(props.actorId)}`}
        label="Changes to this actor, newest first"
      />
    </div>
  );
}
