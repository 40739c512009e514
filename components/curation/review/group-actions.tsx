"use client";

import type { AliasStrength, MentionGroup } from "@/lib/curation/types";
import { ActorPicker } from "@/components/curation/review/actor-picker";
import { groupLabel, isDecided, STATUS_NAMES } from "@/components/curation/review/group-label";
import type { ActorSummary } from "@/lib/graph/types";

export interface GroupActionsProps {
  group: MentionGroup;
  /** The group's actor (linked or suggested), or the one chosen in the picker instead. */
  /** The actor a link goes to: the group's own, or one picked instead. */
  target: Pick<ActorSummary, "id" | "name"> | null;
  occurrence: number;
  teach: AliasStrength | null;
  busy: boolean;
  onOccurrence: (index: number) => void;
  onTarget: (actor: ActorSummary | null) => void;
  onTeach: (teach: AliasStrength | null) => void;
  onLink: (scope: "all" | "one") => void;
  onNewActor: () => void;
  onNotActor: () => void;
  onNotThisActor: () => void;
  onReopen: () => void;
}

/** What can be decided about the current group, with the keys that do the same. */
export function GroupActions(props: GroupActionsProps) {
  const { group, target, occurrence, teach, busy } = props;
  const decided = isDecided(group.status);
  const count = group.mentions.length;
  return (
    <section className="group-actions" aria-labelledby="current-group-heading">
      <h2 id="current-group-heading">
        <span className={`status-badge status-${group.status}`}>{STATUS_NAMES[group.status]}</span>{" "}
        {groupLabel(group, target?.name ?? null)}
      </h2>
      <div className="occurrence-stepper">
        <button
          type="button"
          disabled={occurrence === 0}
          onClick={() => props.onOccurrence(occurrence - 1)}
          aria-label="Previous occurrence"
        >
          ‹
        </button>
        <span aria-live="polite">
          Occurrence {occurrence + 1} of {count}
        </span>
        <button
          type="button"
          disabled={occurrence >= count - 1}
          onClick={() => props.onOccurrence(occurrence + 1)}
          aria-label="Next occurrence"
        >
          ›
        </button>
      </div>
      {target && (
        <p className="link-target">
          Link to <strong>{target.name}</strong>
          {target.id !== group.actorId && (
            <>
              {" "}
              <button type="button" className="link-button" onClick={() => props.onTarget(null)}>
                back to the suggestion
              </button>
            </>
          )}
        </p>
      )}
      <div className="action-row">
        <button
          type="button"
          className="primary"
          disabled={busy || !target || (group.status === "linked" && target.id === group.actorId)}
          onClick={() => props.onLink("all")}
        >
          Link all {count} <kbd>a</kbd>
        </button>
        <button type="button" disabled={busy || !target} onClick={() => props.onLink("one")}>
          Link this one
        </button>
        <button type="button" disabled={busy} onClick={props.onNewActor}>
          New actor… <kbd>n</kbd>
        </button>
      </div>
      <div className="action-row">
        <button
          type="button"
          disabled={busy || group.status === "rejected"}
          onClick={props.onNotActor}
        >
          Not an actor <kbd>x</kbd>
        </button>
        <button type="button" disabled={busy || !group.actorId} onClick={props.onNotThisActor}>
          Not this actor
        </button>
        {decided && (
          <button type="button" disabled={busy} onClick={props.onReopen}>
            Undo <kbd>u</kbd>
          </button>
        )}
      </div>
      <fieldset className="teach-alias">
        <legend className="visually-hidden">Teach an alias</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={teach !== null}
            onChange={(event) => props.onTeach(event.target.checked ? "weak" : null)}
          />
          Teach “{group.surface}” as an alias when linking
        </label>
        <label className="check">
          <input
            type="radio"
            name="alias-strength"
            disabled={teach === null}
            checked={teach === "strong"}
            onChange={() => props.onTeach("strong")}
          />
          strong: links by itself everywhere
        </label>
        <label className="check">
          <input
            type="radio"
            name="alias-strength"
            disabled={teach === null}
            checked={teach === "weak"}
            onChange={() => props.onTeach("weak")}
          />
          weak: suggested, confirmed per document
        </label>
      </fieldset>
      <ActorPicker onChoose={props.onTarget} />
    </section>
  );
}
