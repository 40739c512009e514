"use client";

import type { KeyboardEvent, RefObject } from "react";
import type { MentionGroup, MentionStatus } from "@/lib/curation/types";
import { groupKey, groupLabel, STATUS_NAMES } from "@/components/curation/review/group-label";

export type StatusFilter = "all" | "undecided" | MentionStatus;

const FILTERS: { value: StatusFilter; label: string }[] = [
  { value: "all", label: "All" },
  { value: "undecided", label: "To decide (open and suggested)" },
  { value: "open", label: "Open" },
  { value: "suggested", label: "Suggested" },
  { value: "linked", label: "Linked" },
  { value: "rejected", label: "Not an actor" },
];

export interface GroupQueueProps {
  groups: MentionGroup[];
  actorName: (id: string | null) => string | null;
  currentKey: string | null;
  selected: ReadonlySet<string>;
  status: StatusFilter;
  text: string;
  filterRef: RefObject<HTMLInputElement | null>;
  busy: boolean;
  onStatus: (status: StatusFilter) => void;
  onText: (text: string) => void;
  onPick: (key: string) => void;
  onSelect: (keys: string[], selected: boolean) => void;
  onBulk: (action: "link" | "not_actor") => void;
  /** Keys the list handles itself: ↓/↑ and Enter on a group. */
  onListKey: (event: KeyboardEvent<HTMLElement>) => void;
}

export function GroupQueue({ filterRef, ...props }: GroupQueueProps) {
  const { groups, currentKey, selected } = props;
  const keys = groups.map(groupKey);
  const chosen = keys.filter((key) => selected.has(key));
  const allChosen = keys.length > 0 && chosen.length === keys.length;
  return (
    <section className="group-queue" aria-labelledby="queue-heading">
      <h2 id="queue-heading">Names in the text</h2>
      <div className="queue-filters" role="search">
        <label>
          Show
          <select
            value={props.status}
            onChange={(event) => props.onStatus(event.target.value as StatusFilter)}
          >
            {FILTERS.map((filter) => (
              <option key={filter.value} value={filter.value}>
                {filter.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Filter <kbd>/</kbd>
          <input
            ref={filterRef}
            type="search"
            value={props.text}
            placeholder="Name, actor or reason"
            onChange={(event) => props.onText(event.target.value)}
          />
        </label>
      </div>
      <div className="bulk-row">
        <label className="check">
          <input
            type="checkbox"
            checked={allChosen}
            disabled={keys.length === 0}
            onChange={(event) => props.onSelect(keys, event.target.checked)}
          />
          Select all {keys.length} shown
        </label>
        <button
          type="button"
          disabled={props.busy || chosen.length === 0}
          onClick={() => props.onBulk("link")}
        >
          Accept {chosen.length} selected
        </button>
        <button
          type="button"
          disabled={props.busy || chosen.length === 0}
          onClick={() => props.onBulk("not_actor")}
        >
          Not actors
        </button>
      </div>
      {groups.length === 0 ? (
        <p className="hint">No names match.</p>
      ) : (
        <ul className="queue-list" aria-label="Mention groups" onKeyDown={props.onListKey}>
          {groups.map((group, index) => {
            const key = keys[index] ?? "";
            return (
              <li key={key} className={key === currentKey ? "current" : undefined}>
                <input
                  type="checkbox"
                  aria-label={`Select ${group.surface}`}
                  checked={selected.has(key)}
                  onChange={(event) => props.onSelect([key], event.target.checked)}
                />
                <button
                  type="button"
                  data-group={key}
                  aria-current={key === currentKey ? "true" : undefined}
                  onClick={() => props.onPick(key)}
                >
                  <span className={`status-badge status-${group.status}`}>
                    {STATUS_NAMES[group.status]}
                  </span>{" "}
                  {groupLabel(group, props.actorName(group.actorId))}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
