"use client";

import { useState } from "react";

export interface CopyButtonProps {
  text: string;
  label: string;
  /** The button's look where it sits; the explorer's small button by default. */
  className?: string;
}

/** Copies `text` to the clipboard and says whether it worked. */
export function CopyButton({ text, label, className = "small-button" }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <button
      type="button"
      className={className}
      onClick={() =>
        navigator.clipboard.writeText(text).then(
          () => setState("copied"),
          () => setState("failed"),
        )
      }
    >
      {state === "copied"
        ? "Copied ✓"
        : state === "failed"
          ? "Copy failed: select the text"
          : label}
    </button>
  );
}
