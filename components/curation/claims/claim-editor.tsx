"use client";

import type { RefObject } from "react";
import { ActorField } from "@/components/curation/claims/actor-field";
import { ClaimEvidence } from "@/components/curation/claims/claim-evidence";
import {
  CitationControls,
  type CitationStep,
} from "@/components/curation/claims/citation-controls";
import { KindPicker } from "@/components/curation/claims/kind-picker";
import { FieldError } from "@/components/curation/field-error";
import type { SpanEdge } from "@/lib/curation/citation-span";
import {
  chooseEvidence,
  missingForSave,
  missingSentence,
  swapDirection,
  withFamily,
  withKind,
  type ClaimActor,
  type ClaimDraft,
  type ClaimFormField,
} from "@/lib/curation/claim-draft";
import { claimQueueState } from "@/lib/curation/claim-queue";
import { CLAIM_POLARITIES } from "@/lib/curation/schemas";
import type { ClaimPolarity, ClaimsResponse, ClaimView, EdgeEvidence } from "@/lib/curation/types";
import { EDGE_FAMILIES, FAMILY_NAMES } from "@/lib/domain/relationship-families";

export type ClaimAction = "accept" | "save" | "defer" | "reopen" | "retract";

export interface ClaimEditorProps {
  /** The claim shown, or null for a new claim made by hand from a selection. */
  claim: ClaimView | null;
  draft: ClaimDraft;
  document: ClaimsResponse["document"];
  actors: ClaimActor[];
  recentKinds: string[];
  pairEdges: EdgeEvidence[];
  activeCitation: number;
  errors: Partial<Record<ClaimFormField, string>>;
  /** True when the draft differs from the claim: "Save changes" has something to send. */
  changed: boolean;
  busy: boolean;
  rejecting: boolean;
  reason: string;
  kindRef: RefObject<HTMLInputElement | null>;
  reasonRef: RefObject<HTMLInputElement | null>;
  onDraft: (draft: ClaimDraft) => void;
  onActiveCitation: (index: number) => void;
  onStep: (step: CitationStep, edge: SpanEdge) => void;
  onRemoveCitation: (index: number) => void;
  onAction: (action: ClaimAction) => void;
  onStartReject: () => void;
  onReason: (reason: string) => void;
  onReject: () => void;
  onCancelReject: () => void;
  onCancel: () => void;
}

const POLARITY_NAMES: Record<ClaimPolarity, string> = {
  asserts: "asserts it",
  denies: "denies it",
  reports: "reports someone saying it",
};

/** The claim's fields and the decisions on it, each with the key that does the same. */
export function ClaimEditor(props: ClaimEditorProps) {
  const { claim, draft, errors, onDraft, kindRef, reasonRef, ...rest } = props;
  const state = claim ? claimQueueState(claim) : null;
  const missing = missingForSave(draft);
  const why = missingSentence(missing);
  const actors = props.actors;
  return (
    <section className="group-actions claim-editor" aria-labelledby="claim-editor-heading">
      <h2 id="claim-editor-heading">
        {claim ? (
          <>
            <span className={`status-badge claim-${state}`}>{state}</span>{" "}
            {draft.subject?.name ?? "?"} → {draft.object?.name ?? "?"}
          </>
        ) : (
          "A new claim from the selection"
        )}
      </h2>
      {claim && <ClaimFacts claim={claim} />}
      <div className="claim-pair">
        <ActorField
          role="subject"
          actor={draft.subject}
          actors={actors}
          error={errors.subject}
          onActor={(subject) => onDraft({ ...draft, subject, edgeId: null })}
        />
        <button
          type="button"
          className="swap"
          onClick={() => onDraft(swapDirection(draft))}
          disabled={!draft.subject && !draft.object}
        >
          Swap direction <kbd>s</kbd>
        </button>
        <ActorField
          role="object"
          actor={draft.object}
          actors={actors}
          error={errors.object}
          onActor={(object) => onDraft({ ...draft, object, edgeId: null })}
        />
      </div>
      <fieldset className="claim-family" aria-describedby="claim-error-family">
        <legend>
          Family <kbd>f</kbd>
        </legend>
        {EDGE_FAMILIES.map((family) => (
          <label key={family} className="check">
            <input
              type="radio"
              name="claim-family"
              checked={draft.family === family}
              onChange={() => onDraft(withFamily(draft, family))}
            />
            {FAMILY_NAMES[family]}
          </label>
        ))}
        <FieldError id="claim-error-family" message={errors.family} />
      </fieldset>
      <KindPicker
        family={draft.family}
        kind={draft.kind}
        recentKinds={props.recentKinds}
        inputRef={kindRef}
        error={errors.kind}
        onKind={(kind, family) => onDraft(withKind(draft, kind, family))}
      />
      <FieldError id="claim-error-kind" message={errors.kind} />
      <fieldset className="claim-weight" aria-describedby="claim-error-weight">
        <legend>
          Weight <kbd>1</kbd> <kbd>2</kbd> <kbd>3</kbd>
        </legend>
        {[1, 2, 3].map((weight) => (
          <label key={weight} className="check">
            <input
              type="radio"
              name="claim-weight"
              checked={draft.weight === weight}
              onChange={() => onDraft({ ...draft, weight })}
            />
            {weight} {weight === 1 ? "(slight)" : weight === 3 ? "(strong)" : ""}
          </label>
        ))}
        <FieldError id="claim-error-weight" message={errors.weight} />
      </fieldset>
      <div className="claim-polarity">
        <label htmlFor="claim-polarity">The text</label>
        <select
          id="claim-polarity"
          value={draft.polarity}
          aria-describedby="claim-error-polarity"
          onChange={(event) => onDraft({ ...draft, polarity: event.target.value as ClaimPolarity })}
        >
          {CLAIM_POLARITIES.map((polarity) => (
            <option key={polarity} value={polarity}>
              {POLARITY_NAMES[polarity]}
            </option>
          ))}
        </select>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.hedged}
            onChange={(event) => onDraft({ ...draft, hedged: event.target.checked })}
          />
          Hedged (“allegedly”, “reportedly”)
        </label>
        <FieldError id="claim-error-polarity" message={errors.polarity} />
      </div>
      <label htmlFor="claim-summary">Summary (optional)</label>
      <textarea
        id="claim-summary"
        rows={2}
        value={draft.summary}
        aria-describedby="claim-error-summary"
        onChange={(event) => onDraft({ ...draft, summary: event.target.value })}
      />
      <FieldError id="claim-error-summary" message={errors.summary} />
      <CitationControls
        text={props.document.text}
        citations={draft.citations}
        active={props.activeCitation}
        error={errors.citations}
        onActive={props.onActiveCitation}
        onStep={props.onStep}
        onRemove={props.onRemoveCitation}
      />
      <ClaimEvidence
        draft={draft}
        pairEdges={props.pairEdges}
        error={errors.edgeId}
        onChoose={(choice, edge) => onDraft(chooseEvidence(draft, choice, edge))}
      />
      <ClaimActions
        {...rest}
        claim={claim}
        draft={draft}
        errors={errors}
        onDraft={onDraft}
        reasonRef={reasonRef}
        state={state}
        why={why}
      />
    </section>
  );
}

function ClaimFacts({ claim }: { claim: ClaimView }) {
  return (
    <dl className="claim-facts">
      <dt>From</dt>
      <dd>
        {claim.origin === "proposal"
          ? `the analysis: ${claim.reason ?? ""}`
          : claim.origin === "seed"
            ? "the seed"
            : `a curator (${claim.createdBy})`}
      </dd>
      {claim.attribution && (
        <>
          <dt>Attributed to</dt>
          <dd>{claim.attribution}</dd>
        </>
      )}
      {claim.date && (
        <>
          <dt>When</dt>
          <dd>{claim.date.label ?? `${claim.date.start} – ${claim.date.end}`}</dd>
        </>
      )}
      {claim.decidedBy && (
        <>
          <dt>Decided by</dt>
          <dd>
            {claim.decidedBy}
            {claim.rejectReason ? `: “${claim.rejectReason}”` : ""}
          </dd>
        </>
      )}
    </dl>
  );
}

type ClaimActionsProps = Omit<ClaimEditorProps, "kindRef"> & {
  state: ReturnType<typeof claimQueueState> | null;
  why: string;
};

function ClaimActions({ reasonRef, ...props }: ClaimActionsProps) {
  const { state, why, busy, claim } = props;
  const waiting = state === "proposed" || state === "deferred";
  const describedBy = why ? "claim-save-why" : undefined;
  return (
    <div className="claim-actions">
      {props.rejecting ? (
        <form
          className="reject-form"
          onSubmit={(event) => {
            event.preventDefault();
            props.onReject();
          }}
        >
          <label htmlFor="claim-reject-reason">Why reject it? (optional)</label>
          <input
            id="claim-reject-reason"
            ref={reasonRef}
            value={props.reason}
            maxLength={500}
            aria-describedby="claim-error-reason"
            onChange={(event) => props.onReason(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") props.onCancelReject();
            }}
          />
          <FieldError id="claim-error-reason" message={props.errors.reason} />
          <div className="action-row">
            <button type="submit" className="primary" disabled={busy}>
              Reject
            </button>
            <button type="button" onClick={props.onCancelReject}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="action-row">
          {!claim && (
            <>
              <button
                type="button"
                className="primary"
                disabled={busy || why !== ""}
                aria-describedby={describedBy}
                onClick={() => props.onAction("save")}
              >
                Save the claim <kbd>a</kbd>
              </button>
              <button type="button" onClick={props.onCancel}>
                Cancel
              </button>
            </>
          )}
          {waiting && (
            <>
              <button
                type="button"
                className="primary"
                disabled={busy || why !== ""}
                aria-describedby={describedBy}
                onClick={() => props.onAction("accept")}
              >
                Accept <kbd>a</kbd>
              </button>
              <button type="button" disabled={busy} onClick={props.onStartReject}>
                Reject… <kbd>r</kbd>
              </button>
              <button
                type="button"
                disabled={busy || state === "deferred"}
                onClick={() => props.onAction("defer")}
              >
                Defer <kbd>d</kbd>
              </button>
            </>
          )}
          {claim && state !== "retracted" && state !== "rejected" && (
            <button
              type="button"
              disabled={busy || !props.changed || why !== ""}
              aria-describedby={describedBy}
              onClick={() => props.onAction("save")}
            >
              Save changes{waiting ? " without deciding" : ""}
            </button>
          )}
          {(state === "accepted" || state === "rejected" || state === "deferred") && (
            <button type="button" disabled={busy} onClick={() => props.onAction("reopen")}>
              {state === "deferred" ? "Back to proposed" : "Reopen"} <kbd>u</kbd>
            </button>
          )}
          {state === "accepted" && (
            <button type="button" disabled={busy} onClick={() => props.onAction("retract")}>
              Retract
            </button>
          )}
        </div>
      )}
      {why && (
        <p id="claim-save-why" className="hint">
          {why}
        </p>
      )}
    </div>
  );
}
