"use client";

import { ActorPicker } from "@/components/curation/review/actor-picker";
import type { ClaimActor } from "@/lib/curation/claim-draft";

export interface ActorFieldProps {
  role: "subject" | "object";
  actor: ClaimActor | null;
  /** The actors this document names, offered first. */
  actors: ClaimActor[];
  error: string | undefined;
  onActor: (actor: ClaimActor) => void;
}

/** Subject or object: one of the document's actors, or any actor found by name. */
export function ActorField({ role, actor, actors, error, onActor }: ActorFieldProps) {
  const id = `claim-${role}`;
  const options =
    actor && !actors.some((each) => each.id === actor.id) ? [actor, ...actors] : actors;
  const label = role === "subject" ? "Subject" : "Object";
  return (
    <div className="actor-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={actor?.id ?? ""}
        aria-describedby={`claim-error-${role}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          const chosen = options.find((each) => each.id === event.target.value);
          if (chosen) onActor(chosen);
        }}
      >
        {!actor && <option value="">Choose the {role}</option>}
        {options.map((each) => (
          <option key={each.id} value={each.id}>
            {each.name}
          </option>
        ))}
      </select>
      <span id={`claim-error-${role}`} className="field-error" aria-live="polite">
        {error}
      </span>
      <details>
        <summary>An actor this document does not name</summary>
        <ActorPicker
          id={`${id}-find`}
          label={`Find the ${role} by name or alias`}
          onChoose={(found) => onActor({ id: found.id, name: found.name })}
        />
      </details>
    </div>
  );
}
