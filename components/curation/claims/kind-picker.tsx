"use client";

import { useState, type RefObject } from "react";
import { kindOptions } from "@/lib/curation/claim-draft";
import { FAMILY_NAMES, type EdgeFamily } from "@/lib/domain/relationship-families";

export interface KindPickerProps {
  family: EdgeFamily | null;
  kind: string | null;
  recentKinds: string[];
  inputRef: RefObject<HTMLInputElement | null>;
  error: string | undefined;
  onKind: (kind: string, family: EdgeFamily) => void;
}

/**
 * The kind: typed to search, recent kinds first, then the family's own. Influence and hostility
 * take a kind from their lists; a membership's role may be any word ("member", "commander").
 */
export function KindPicker({
  family,
  kind,
  recentKinds,
  inputRef,
  error,
  onKind,
}: KindPickerProps) {
  const [query, setQuery] = useState("");
  const options = kindOptions(family, recentKinds, query);
  const typed = query.trim();
  const free =
    family === "membership" && typed !== "" && !options.some((option) => option.kind === typed);
  function choose(chosen: string, of: EdgeFamily) {
    onKind(chosen, of);
    setQuery("");
  }
  return (
    <div className="kind-picker">
      <label htmlFor="claim-kind-search">
        Kind <kbd>/</kbd>{" "}
        <span className="hint" id="claim-kind-chosen">
          {kind ? `chosen: ${kind}` : "none chosen"}
        </span>
      </label>
      <input
        id="claim-kind-search"
        ref={inputRef}
        type="search"
        value={query}
        autoComplete="off"
        placeholder={family === "membership" ? "Search, or type a role" : "Search the kinds"}
        aria-describedby="claim-kind-chosen claim-error-kind"
        aria-invalid={error ? true : undefined}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            const first = options[0];
            if (free) choose(typed, "membership");
            else if (first) choose(first.kind, first.family);
          } else if (event.key === "Escape") {
            setQuery("");
            event.currentTarget.blur();
          }
        }}
      />
      <ul className="kind-options" aria-label="Kinds">
        {free && (
          <li>
            <button type="button" onClick={() => choose(typed, "membership")}>
              Use “{typed}”
            </button>
          </li>
        )}
        {options.map((option) => (
          <li key={`${option.family}:${option.kind}`}>
            <button
              type="button"
              aria-pressed={option.kind === kind}
              onClick={() => choose(option.kind, option.family)}
            >
              {option.kind}
              {option.recent && <span className="hint"> · recent</span>}
              {!family && <span className="hint"> · {FAMILY_NAMES[option.family]}</span>}
            </button>
          </li>
        ))}
        {options.length === 0 && !free && <li className="hint">No kind matches.</li>}
      </ul>
    </div>
  );
}
