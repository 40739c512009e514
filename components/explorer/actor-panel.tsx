"use client";

import { RelationshipItem } from "@/components/explorer/relationship-item";
import { useJson } from "@/components/explorer/use-json";
import type { ActorSummary, Relationship } from "@/lib/explorer/api-types";
import { kindName } from "@/lib/explorer/kinds";
import { groupRelationships, RELATIONSHIP_GROUPS } from "@/lib/explorer/relationship-groups";

export interface Membership {
  id: string;
  role?: string | null;
  member?: string | { id: string; name?: string };
  group?: string | { id: string; name?: string };
}

interface ActorResponse {
  actor: ActorSummary & { country?: string | null; role?: string | null };
  memberships: Membership[];
  relationships: Relationship[];
}

export interface ActorPanelProps {
  actorId: string;
  isFocus: boolean;
  remaining: number | undefined;
  nameOf: (actorId: string) => string;
  onFocus: (actorId: string) => void;
  onExpand: (actorId: string, all: boolean) => void;
  onSelectActor: (actorId: string) => void;
  onSelectRelationship: (relationshipId: string) => void;
}

const idOf = (end: Membership["member"]) => (typeof end === "string" ? end : (end?.id ?? ""));

export function ActorPanel(props: ActorPanelProps) {
  const { actorId, nameOf } = props;
  const state = useJson<ActorResponse>(`/api/actors/${encodeURIComponent(actorId)}`);
  if (state.status === "loading") return <p aria-live="polite">Loading {nameOf(actorId)}…</p>;
  if (state.status === "error")
    return <p role="alert">Could not load this actor: {state.message}</p>;
  const { actor, memberships, relationships } = state.data;
  const groups = groupRelationships(actor.id, relationships);
  return (
    <div className="actor-panel">
      <h2 id="panel-heading">{actor.name}</h2>
      <p className="actor-kind">
        {kindName(actor.kind)}
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
          <ul className="membership-list">
            {memberships.map((membership) => {
              const member = idOf(membership.member);
              const group = idOf(membership.group);
              const other = member === actor.id ? group : member;
              return (
                <li key={membership.id}>
                  {member === actor.id ? "Member of " : "Has member "}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onSelectActor(other)}
                  >
                    {nameOf(other)}
                  </button>
                  {membership.role ? ` (${membership.role})` : ""}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {RELATIONSHIP_GROUPS.map((group) => (
        <section key={group.key} aria-labelledby={`${group.key}-heading`}>
          <h3 id={`${group.key}-heading`}>
            {group.title} <span className="count">({groups[group.key].length})</span>
          </h3>
          {groups[group.key].length === 0 ? (
            <p className="muted">None recorded.</p>
          ) : (
            groups[group.key].map((relationship) => (
              <RelationshipItem
                key={relationship.id}
                relationship={relationship}
                nameOf={nameOf}
                counterpart={group.given ? relationship.target : relationship.source}
                onSelectActor={props.onSelectActor}
                onSelectRelationship={props.onSelectRelationship}
              />
            ))
          )}
        </section>
      ))}
    </div>
  );
}
