"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import { ClaimsWorkspace } from "@/components/curation/claims/claims-workspace";
import { useDocumentChanges } from "@/components/curation/review/document-changes";
import { ReviewWorkspace } from "@/components/curation/review/review-workspace";
import { HistoryList } from "@/components/history/history-list";

export const REVIEW_TABS = ["mentions", "claims", "history"] as const;
export type ReviewTab = (typeof REVIEW_TABS)[number];

const TAB_NAMES: Record<ReviewTab, string> = {
  mentions: "Mentions",
  claims: "Claims",
  history: "History",
};

export interface ReviewTabsProps {
  documentId: string;
  csrfToken: string;
  initialTab: ReviewTab;
}

/**
 * Mentions, Claims and History, as tabs (arrow keys, Home and End move between them). The chosen tab is
 * in the URL (`?tab=claims`) so it can be shared and reloaded; only its panel is mounted, so
 * only its keys listen.
 */
export function ReviewTabs({ documentId, csrfToken, initialTab }: ReviewTabsProps) {
  const [tab, setTab] = useState<ReviewTab>(initialTab);
  const tabs = useRef<Partial<Record<ReviewTab, HTMLButtonElement | null>>>({});

  function choose(next: ReviewTab, focus: boolean) {
    setTab(next);
    const url = new URL(window.location.href);
    if (next === "mentions") url.searchParams.delete("tab");
    else url.searchParams.set("tab", next);
    window.history.replaceState(null, "", url);
    if (focus) tabs.current[next]?.focus();
  }

  function onKey(event: KeyboardEvent<HTMLButtonElement>) {
    const at = REVIEW_TABS.indexOf(tab);
    const last = REVIEW_TABS.length - 1;
    const to = {
      ArrowRight: at === last ? 0 : at + 1,
      ArrowLeft: at === 0 ? last : at - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    choose(REVIEW_TABS[to] ?? "mentions", true);
  }

  return (
    <>
      <div className="review-tabs" role="tablist" aria-label="What to review">
        {REVIEW_TABS.map((each) => (
          <button
            key={each}
            ref={(element) => {
              tabs.current[each] = element;
            }}
            type="button"
            role="tab"
            id={`review-tab-${each}`}
            aria-selected={tab === each}
            aria-controls={`review-panel-${each}`}
            tabIndex={tab === each ? 0 : -1}
            onClick={() => choose(each, false)}
            onKeyDown={onKey}
          >
            {TAB_NAMES[each]}
          </button>
        ))}
      </div>
      {REVIEW_TABS.map((each) => (
        <div
          key={each}
          role="tabpanel"
          id={`review-panel-${each}`}
          aria-labelledby={`review-tab-${each}`}
          hidden={tab !== each}
        >
          {tab === each && <TabPanel tab={each} documentId={documentId} csrfToken={csrfToken} />}
        </div>
      ))}
    </>
  );
}

function TabPanel({
  tab,
  documentId,
  csrfToken,
}: { tab: ReviewTab } & Omit<ReviewTabsProps, "initialTab">) {
  const { changed } = useDocumentChanges();
  if (tab === "claims") return <ClaimsWorkspace documentId={documentId} csrfToken={csrfToken} />;
  if (tab === "history") {
    return (
      <HistoryList
        query={`document=${encodeURIComponent(documentId)}`}
        csrfToken={csrfToken}
        onReverted={changed}
        label="Changes to this document, newest first"
      />
    );
  }
  return <ReviewWorkspace documentId={documentId} csrfToken={csrfToken} />;
}
