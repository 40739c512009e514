"use client";

import { useEffect, useState } from "react";
import { requestJson } from "@/components/fetch-json";
import { actorKindName } from "@/lib/domain/actor-kinds";
import type { ActorSummary, ActorsResponse } from "@/lib/graph/types";

export interface ActorPickerProps {
  onChoose: (actor: ActorSummary) => void;
  /** For a page with more than one picker (the claim editor's subject and object). */
  id?: string;
  label?: string;
}

/** Finds an actor by name or alias (GET /api/actors?q=) to link a group to instead. */
export function ActorPicker({
  onChoose,
  id = "actor-picker-input",
  label = "Link to another actor",
}: ActorPickerProps) {
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<ActorSummary[] | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      requestJson<ActorsResponse>(`/api/actors?q=${encodeURIComponent(q)}&limit=8`, {
        signal: controller.signal,
      })
        .then((result) => setFound(result.ok ? result.data.actors : []))
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const shown = query.trim().length < 2 ? null : found;
  return (
    <div className="actor-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder="Name or alias"
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
      />
      {shown && (
        <ul className="picker-results" aria-label="Matching actors" aria-live="polite">
          {shown.length === 0 && <li className="hint">No actor matches.</li>}
          {shown.map((actor) => (
            <li key={actor.id}>
              <button
                type="button"
                onClick={() => {
                  onChoose(actor);
                  setQuery("");
                }}
              >
                {actor.name} <span className="hint">({actorKindName(actor.kind)})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
