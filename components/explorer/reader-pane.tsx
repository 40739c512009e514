"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { passageHref } from "@/components/explorer/citation-list";
import { useJson } from "@/components/explorer/use-json";
import { DocumentText } from "@/components/reader/document-text";
import type { Reading } from "@/lib/explorer/view-state";
import type { DocumentDetailResponse } from "@/lib/graph/types";

export interface ReaderPaneProps {
  reading: Reading;
  onClose: () => void;
}

/** The reader beside the graph: the whole article, scrolled to the passage being read. */
export function ReaderPane({ reading, onClose }: ReaderPaneProps) {
  const state = useJson<DocumentDetailResponse>(
    `/api/documents/${encodeURIComponent(reading.documentId)}`,
  );
  const body = useRef<HTMLDivElement>(null);
  const ready = state.status === "ready";

  useEffect(() => {
    if (!ready) return;
    const pane = body.current?.closest("aside");
    const target = body.current?.querySelector<HTMLElement>(
      `[id="${CSS.escape(reading.passageId)}"]`,
    );
    if (!pane || !target) return;
    // Scroll the pane only: scrollIntoView would move the whole page as well.
    pane.scrollTop = target.offsetTop - pane.clientHeight / 3;
    target.focus({ preventScroll: true });
  }, [ready, reading.passageId]);

  return (
    <aside className="detail-panel reader-pane" aria-labelledby="reader-pane-heading">
      <button type="button" className="panel-close" onClick={onClose} aria-label="Close the reader">
        ×
      </button>
      {state.status === "loading" && <p aria-live="polite">Loading the document…</p>}
      {state.status === "error" && <p role="alert">Could not load the document: {state.message}</p>}
      {state.status === "ready" && (
        <>
          <h2 id="reader-pane-heading">{state.data.document.title}</h2>
          <p className="reader-meta">
            <Link href={passageHref(reading)}>Open the full reader</Link>
          </p>
          <div ref={body}>
            <DocumentText detail={state.data} currentPassage={reading.passageId} />
          </div>
        </>
      )}
    </aside>
  );
}
