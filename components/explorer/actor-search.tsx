"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { fetchJson } from "@/components/fetch-json";
import type { ActorSummary } from "@/lib/graph/types";
import { actorKindName } from "@/lib/domain/actor-kinds";

export interface ActorSearchProps {
  onChoose: (actor: ActorSummary) => void;
  /** The visible label; also the combobox's accessible name. */
  label?: string;
  /** Text the box starts with (the name of an actor already chosen). */
  initialQuery?: string;
  placeholder?: string;
}

/** A combobox (WAI-ARIA 1.2 pattern) over /api/actors?q=: type, arrow through, Enter to choose. */
export function ActorSearch({
  onChoose,
  label = "Find an actor",
  initialQuery = "",
  placeholder = "Name or alias, e.g. Soleimani",
}: ActorSearchProps) {
  const listId = useId();
  const [query, setQuery] = useState(initialQuery);
  // The initial text names a choice already made: it is no search until the user types.
  const [typed, setTyped] = useState(false);
  const [results, setResults] = useState<ActorSummary[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = query.trim();
    if (q.length === 0 || !typed) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchJson<{ actors: ActorSummary[] }>(
        `/api/actors?${new URLSearchParams({ q, limit: "10" })}`,
        { signal: controller.signal },
      )
        .then(({ actors }) => {
          setResults(actors);
          setActive(actors.length > 0 ? 0 : -1);
          setOpen(true);
          setStatus(actors.length === 0 ? "No actor matches." : `${actors.length} actors found.`);
        })
        .catch(() => {
          if (!controller.signal.aborted) setStatus("Search is unavailable right now.");
        });
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, typed]);

  const choose = (actor: ActorSummary) => {
    setQuery(actor.name);
    setTyped(false);
    setOpen(false);
    setStatus(`${actor.name} chosen.`);
    onChoose(actor);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open && results.length > 0) setOpen(true);
      setActive((index) => Math.min(results.length - 1, index + 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === "Enter") {
      const actor = results[active];
      if (open && actor) {
        event.preventDefault();
        choose(actor);
      }
    } else if (event.key === "Escape") {
      if (open) setOpen(false);
      else setQuery("");
    }
  };

  const expanded = open && query.trim().length > 0 && results.length > 0;
  return (
    <div className="actor-search">
      <label htmlFor={`${listId}-input`}>{label}</label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder={placeholder}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${listId}-list`}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-option-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setTyped(true);
          if (event.target.value.trim() === "") {
            setResults([]);
            setOpen(false);
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => results.length > 0 && setOpen(true)}
      />
      <ul id={`${listId}-list`} role="listbox" aria-label="Matching actors" hidden={!expanded}>
        {results.map((actor, index) => (
          <li
            key={actor.id}
            id={`${listId}-option-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(actor)}
            onMouseEnter={() => setActive(index)}
          >
            <span className="actor-search-name">{actor.name}</span>
            <span className="actor-search-kind">{actorKindName(actor.kind)}</span>
            {actor.aliases.length > 0 && (
              <span className="actor-search-aliases">
                also {actor.aliases.slice(0, 3).join(", ")}
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
