"use client";

import { useState } from "react";

export interface CopyButtonProps {
  text: string;
  label: string;
}

/** Copies `text` to the clipboard and says whether it worked. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <button
      type="button"
      className="small-button"
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
