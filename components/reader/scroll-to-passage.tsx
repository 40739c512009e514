"use client";

import { useEffect } from "react";

/** Brings the opened passage to the middle of the screen and moves keyboard focus to it. */
export function ScrollToPassage({ passageId }: { passageId: string }) {
  useEffect(() => {
    const target = document.getElementById(passageId);
    if (!target) return;
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }, [passageId]);
  return null;
}
