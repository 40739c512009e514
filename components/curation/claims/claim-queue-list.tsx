"use client";

import { useEffect, useRef, type RefObject } from "react";
import {
  CLAIM_FILTERS,
  claimQueueLabel,
  claimQueueState,
  claimsDecided,
  type ClaimFilter,
} from "@/lib/curation/claim-queue";
import type { ClaimProgress, ClaimView } from "@/lib/curation/types";

const FILTER_NAMES: Record<ClaimFilter, string> = {
  proposed: "Proposed",
  deferred: "Deferred",
  accepted: "Accepted",
  rejected: "Rejected",
  all: "All",
};

export type BulkAction = "accept" | "reject";

export interface ClaimQueueListProps {
  claims: ClaimView[];
  progress: ClaimProgress;
  currentId: string | null;
  filter: ClaimFilter;
  text: string;
  filterRef: RefObject<HTMLInputElement | null>;
  busy: boolean;
  /** How many of the shown claims each bulk action would send. */
  bulkCounts: Record<BulkAction, number>;
  confirming: BulkAction | null;
  onFilter: (filter: ClaimFilter) => void;
  onText: (text: string) => void;
  onPick: (id: string) => void;
  onBulk: (action: BulkAction | null) => void;
  onConfirm: (action: BulkAction) => void;
}

/** The claims of the document: filters, progress, bulk decisions on what is shown, the list. */
export function ClaimQueueList({ filterRef, ...props }: ClaimQueueListProps) {
  const { claims, currentId, confirming, bulkCounts } = props;
  const { decided, total } = claimsDecided(props.progress);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  return (
    <section className="group-queue claim-queue" aria-labelledby="claim-queue-heading">
      <h2 id="claim-queue-heading">Claims in the text</h2>
      <p className="review-progress">
        <label htmlFor="claim-progress-bar">
          {decided} of {total} decided
        </label>
        <progress id="claim-progress-bar" max={Math.max(total, 1)} value={decided} />
      </p>
      <div className="queue-filters" role="search">
        <label>
          Show
          <select
            value={props.filter}
            onChange={(event) => props.onFilter(event.target.value as ClaimFilter)}
          >
            {CLAIM_FILTERS.map((filter) => (
              <option key={filter} value={filter}>
                {FILTER_NAMES[filter]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Filter
          <input
            ref={filterRef}
            type="search"
            value={props.text}
            placeholder="Actor, kind or words cited"
            onChange={(event) => props.onText(event.target.value)}
          />
        </label>
      </div>
      <div className="bulk-row">
        <button
          type="button"
          disabled={props.busy || bulkCounts.accept === 0}
          onClick={() => props.onBulk("accept")}
        >
          Accept all shown ({bulkCounts.accept})
        </button>
        <button
          type="button"
          disabled={props.busy || bulkCounts.reject === 0}
          onClick={() => props.onBulk("reject")}
        >
          Reject all shown ({bulkCounts.reject})
        </button>
      </div>
      {confirming && (
        <div className="bulk-confirm" role="group" aria-labelledby="bulk-confirm-text">
          <p id="bulk-confirm-text">
            {confirming === "accept"
              ? `Accept ${bulkCounts.accept} ${bulkCounts.accept === 1 ? "claim" : "claims"} (the proposed ones shown with a family, kind and weight)?`
              : `Reject ${bulkCounts.reject} proposed ${bulkCounts.reject === 1 ? "claim" : "claims"} shown?`}
          </p>
          <div className="action-row">
            <button
              ref={confirmRef}
              type="button"
              className="primary"
              disabled={props.busy}
              onClick={() => props.onConfirm(confirming)}
            >
              {confirming === "accept" ? "Accept" : "Reject"} {bulkCounts[confirming]}
            </button>
            <button type="button" onClick={() => props.onBulk(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {claims.length === 0 ? (
        <p className="hint">No claims match.</p>
      ) : (
        <ul className="queue-list" aria-label="Claims">
          {claims.map((claim) => {
            const state = claimQueueState(claim);
            return (
              <li key={claim.id} className={claim.id === currentId ? "current" : undefined}>
                <button
                  type="button"
                  data-claim={claim.id}
                  aria-current={claim.id === currentId ? "true" : undefined}
                  onClick={() => props.onPick(claim.id)}
                >
                  <span className={`status-badge claim-${state}`} aria-hidden="true">
                    {state}
                  </span>{" "}
                  {claimQueueLabel(claim)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
