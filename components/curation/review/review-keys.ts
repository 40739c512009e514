"use client";

import { useEffect, useLayoutEffect, useRef } from "react";

export interface ReviewKeyHandlers {
  next: () => void;
  previous: () => void;
  accept: () => void;
  reject: () => void;
  undo: () => void;
  newActor: () => void;
  focusFilter: () => void;
}

export const SHORTCUTS: { keys: string[]; does: string }[] = [
  { keys: ["j", "↓"], does: "next name" },
  { keys: ["k", "↑"], does: "previous name" },
  { keys: ["a", "Enter"], does: "accept the suggestion" },
  { keys: ["x"], does: "not an actor" },
  { keys: ["u"], does: "undo the last decision" },
  { keys: ["n"], does: "new actor" },
  { keys: ["/"], does: "filter" },
];

/** True where a key is someone typing, not a shortcut (the claims tab's keys ask it too). */
export function typingInField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) ||
    target.closest("dialog[open]") !== null
  );
}

/** The page's letter shortcuts (the queue list adds ↓/↑ and Enter itself). */
export function useReviewKeys(handlers: ReviewKeyHandlers): void {
  const latest = useRef(handlers);
  // Before the next key can arrive, so a key pressed right after another acts on the new state.
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typingInField(event) || document.querySelector("dialog[open]")) return;
      const act = {
        j: latest.current.next,
        k: latest.current.previous,
        a: latest.current.accept,
        x: latest.current.reject,
        u: latest.current.undo,
        n: latest.current.newActor,
        "/": latest.current.focusFilter,
      }[event.key];
      if (!act) return;
      event.preventDefault();
      act();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
