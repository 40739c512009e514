"use client";

import { useEffect, useState } from "react";
import { HistoryDisclosure } from "@/components/history/history-disclosure";
import { whoIsViewing, type Viewer } from "@/components/who-is-viewing";
import { canCurate } from "@/lib/auth/can-curate";

export interface CuratorHistoryProps {
  /** The query string of GET /api/history: "actor=iran", "relationship=…". */
  query: string;
  label: string;
}

/** The explorer's History disclosure: only a curator (or an admin) sees it, and may revert. */
export function CuratorHistory({ query, label }: CuratorHistoryProps) {
  const [viewer, setViewer] = useState<Viewer>(null);
  useEffect(() => {
    let live = true;
    whoIsViewing()
      .then((found) => live && setViewer(found))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!viewer || !canCurate(viewer.role)) return null;
  return <HistoryDisclosure query={query} csrfToken={viewer.csrfToken} label={label} />;
}
