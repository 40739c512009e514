"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import { typingInField } from "@/components/curation/review/review-keys";

export interface ClaimKeyHandlers {
  next: () => void;
  previous: () => void;
  accept: () => void;
  reject: () => void;
  edit: () => void;
  swap: () => void;
  weight: (weight: 1 | 2 | 3) => void;
  defer: () => void;
  reopen: () => void;
  family: () => void;
  focusKind: () => void;
  shrinkWord: () => void;
  widenWord: () => void;
  shrinkSentence: () => void;
  widenSentence: () => void;
}

export const CLAIM_SHORTCUTS: { keys: string[]; does: string }[] = [
  { keys: ["j", "↓"], does: "next claim" },
  { keys: ["k", "↑"], does: "previous claim" },
  { keys: ["a"], does: "accept (or save a claim by hand)" },
  { keys: ["r"], does: "reject, with a reason if you like" },
  { keys: ["d"], does: "defer: put it aside" },
  { keys: ["u"], does: "reopen a decided claim" },
  { keys: ["e"], does: "edit: go to the editor" },
  { keys: ["s"], does: "swap subject and object" },
  { keys: ["1", "2", "3"], does: "weight" },
  { keys: ["f"], does: "next family" },
  { keys: ["/"], does: "find a kind" },
  { keys: ["["], does: "citation one word shorter" },
  { keys: ["]"], does: "citation one word longer" },
  { keys: ["{"], does: "citation one sentence shorter" },
  { keys: ["}"], does: "citation one sentence longer" },
];

/**
 * The claims tab's keys, on the window. None fires while typing in a field or with a dialog
 * open, and the arrows are left to the text when it has focus, so it still scrolls.
 */
export function useClaimKeys(handlers: ClaimKeyHandlers): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typingInField(event) || document.querySelector("dialog[open]")) return;
      const on = latest.current;
      const arrow = event.key === "ArrowDown" || event.key === "ArrowUp";
      if (arrow && (event.target as HTMLElement | null)?.closest?.(".review-reader")) return;
      const act: (() => void) | undefined = {
        j: on.next,
        ArrowDown: on.next,
        k: on.previous,
        ArrowUp: on.previous,
        a: on.accept,
        r: on.reject,
        d: on.defer,
        u: on.reopen,
        e: on.edit,
        s: on.swap,
        "1": () => on.weight(1),
        "2": () => on.weight(2),
        "3": () => on.weight(3),
        f: on.family,
        "/": on.focusKind,
        "[": on.shrinkWord,
        "]": on.widenWord,
        "{": on.shrinkSentence,
        "}": on.widenSentence,
      }[event.key];
      if (!act) return;
      event.preventDefault();
      act();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
