"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { failureField, fieldKey } from "@/components/curation/api-errors";
import { FieldError } from "@/components/curation/field-error";
import type { DecideOutcome } from "@/components/curation/review/use-review";
import { ACTOR_KINDS, ACTOR_KIND_NAMES, type ActorKind } from "@/lib/domain/actor-kinds";

export interface NewActorValues {
  name: string;
  kind: ActorKind;
  description: string;
}

export interface NewActorDialogProps {
  /** Open when set: the name and kind to start from. */
  initial: { name: string; kind: ActorKind | null; count: number } | null;
  onSubmit: (actor: NewActorValues) => Promise<DecideOutcome>;
  onClose: () => void;
}

/** A modal form: a new actor for the current group, its mentions linked to it. */
export function NewActorDialog({ initial, onSubmit, onClose }: NewActorDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (initial && !element.open) element.showModal();
    if (!initial && element.open) element.close();
  }, [initial]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = {
      name: String(form.get("name") ?? "").trim(),
      kind: String(form.get("kind")) as ActorKind,
      description: String(form.get("description") ?? "").trim(),
    };
    if (!values.name) return setErrors({ name: "Give the actor a name." });
    if (!values.description) return setErrors({ description: "Say in a line who or what it is." });
    setErrors({});
    setBusy(true);
    const outcome = await onSubmit(values);
    setBusy(false);
    if (outcome.ok || !outcome.error) return;
    const key = fieldKey(failureField(outcome.error));
    setErrors({
      [key === "name" || key === "kind" || key === "description" ? key : "form"]:
        outcome.error.message,
    });
  }

  return (
    <dialog
      ref={dialog}
      className="new-actor-dialog"
      aria-labelledby="new-actor-heading"
      onClose={() => {
        setErrors({});
        onClose();
      }}
    >
      {initial && (
        <form onSubmit={(event) => void submit(event)}>
          <h2 id="new-actor-heading">New actor</h2>
          <p className="hint">
            Its {initial.count} {initial.count === 1 ? "mention" : "mentions"} in this document will
            be linked to it.
          </p>
          <label htmlFor="new-actor-name">Name</label>
          <input
            id="new-actor-name"
            name="name"
            defaultValue={initial.name}
            required
            aria-describedby="new-actor-name-error"
          />
          <FieldError id="new-actor-name-error" message={errors.name} />
          <label htmlFor="new-actor-kind">Kind</label>
          <select
            id="new-actor-kind"
            name="kind"
            defaultValue={initial.kind ?? "person"}
            aria-describedby="new-actor-kind-error"
          >
            {ACTOR_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ACTOR_KIND_NAMES[kind]}
              </option>
            ))}
          </select>
          <FieldError id="new-actor-kind-error" message={errors.kind} />
          <label htmlFor="new-actor-description">Description (required)</label>
          <textarea
            id="new-actor-description"
            name="description"
            rows={3}
            required
            aria-describedby="new-actor-description-error"
          />
          <FieldError id="new-actor-description-error" message={errors.description} />
          <FieldError id="new-actor-form-error" message={errors.form} />
          <div className="dialog-buttons">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? "Creating…" : "Create and link"}
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
