"use client";

import { useState } from "react";
import { HistoryList, type HistoryListProps } from "@/components/history/history-list";

/** A "History" disclosure that loads its list only once opened. */
export function HistoryDisclosure(props: HistoryListProps & { summary?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="history-disclosure"
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>{props.summary ?? "History"}</summary>
      {open && <HistoryList {...props} />}
    </details>
  );
}
