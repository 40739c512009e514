"use client";

import type { KeyboardEvent, ReactNode } from "react";
import type { Selection } from "@/lib/explorer/view-state";

export interface GraphKeyboardProps {
  actors: { id: string; label: string }[];
  selection: Selection;
  description: string;
  children: ReactNode;
  onSelect: (actorId: string) => void;
  onClear: () => void;
  onFocus: (actorId: string) => void;
  onExpand: (actorId: string) => void;
  onFit: () => void;
}

/**
 * Makes the canvas usable from the keyboard: arrows step through the visible actors in
 * alphabetical order, Enter focuses, E expands, F fits, Escape clears the selection.
 */
export function GraphKeyboard({
  actors,
  selection,
  description,
  children,
  ...on
}: GraphKeyboardProps) {
  const selected = selection?.type === "node" ? selection.id : null;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = actors.findIndex((actor) => actor.id === selected);
    const step = (delta: number) => {
      const next = actors[(index + delta + actors.length) % actors.length];
      if (next) on.onSelect(next.id);
    };
    const keys: Record<string, () => void> = {
      ArrowRight: () => step(1),
      ArrowDown: () => step(1),
      ArrowLeft: () => step(index < 0 ? 0 : -1),
      ArrowUp: () => step(index < 0 ? 0 : -1),
      Enter: () => selected && on.onFocus(selected),
      e: () => selected && on.onExpand(selected),
      f: on.onFit,
      Escape: on.onClear,
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  const current = actors.find((actor) => actor.id === selected);
  return (
    <div
      className="graph-keyboard"
      tabIndex={0}
      role="application"
      aria-roledescription="graph"
      aria-label={`${description} Arrow keys move between actors, Enter focuses, E expands, F fits, Escape clears. The List view shows the same as tables.`}
      onKeyDown={onKeyDown}
    >
      {children}
      <p className="visually-hidden" aria-live="polite">
        {current ? `Selected ${current.label}.` : ""}
      </p>
    </div>
  );
}
