"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { failureField } from "@/components/curation/api-errors";
import { CLAIM_SHORTCUTS, useClaimKeys } from "@/components/curation/claims/claim-keys";
import { ClaimEditor, type ClaimAction } from "@/components/curation/claims/claim-editor";
import { ClaimQueueList, type BulkAction } from "@/components/curation/claims/claim-queue-list";
import { ClaimText } from "@/components/curation/claims/claim-text";
import { HistoryDisclosure } from "@/components/history/history-disclosure";
import type { CitationStep } from "@/components/curation/claims/citation-controls";
import { useClaims, type ClaimWriteOutcome } from "@/components/curation/claims/use-claims";
import type { ApiFailure } from "@/components/fetch-json";
import {
  sentenceBounds,
  shrinkBySentence,
  shrinkByWord,
  widenBySentence,
  widenByWord,
  type SpanEdge,
  type TextSpan,
} from "@/lib/curation/citation-span";
import {
  claimFormField,
  createRequestOf,
  cycleFamily,
  draftChanges,
  draftFromClaim,
  draftFromSelection,
  missingForSave,
  missingSentence,
  swapDirection,
  type ClaimDraft,
  type ClaimFormField,
} from "@/lib/curation/claim-draft";
import {
  acceptableInBulk,
  claimRefs,
  filterClaims,
  rejectableInBulk,
  type ClaimFilter,
} from "@/lib/curation/claim-queue";
import type { ClaimView } from "@/lib/curation/types";

export interface ClaimsWorkspaceProps {
  documentId: string;
  csrfToken: string;
}

type Errors = Partial<Record<ClaimFormField, string>>;

const STEPS = {
  shrinkWord: shrinkByWord,
  widenWord: widenByWord,
  shrinkSentence: shrinkBySentence,
  widenSentence: widenBySentence,
} as const;

const key = (claim: ClaimView) => `${claim.id}@${claim.version}`;

export function ClaimsWorkspace({ documentId, csrfToken }: ClaimsWorkspaceProps) {
  const { data, loadError, notice, busy, decide, create, reload, say } = useClaims(
    documentId,
    csrfToken,
  );
  const [filter, setFilter] = useState<ClaimFilter>("proposed");
  const [text, setText] = useState("");
  const [currentId, setCurrentId] = useState<string | null>(null);
  // Where the current claim stood: once a decision moves it out of the filter, its successor does.
  const [anchor, setAnchor] = useState(0);
  // The editor's draft, for the claim (id@version) it was started on, or "new" for one by hand.
  const [edit, setEdit] = useState<{ for: string; draft: ClaimDraft } | null>(null);
  const [errors, setErrors] = useState<{ for: string; errors: Errors } | null>(null);
  const [activeCitation, setActiveCitation] = useState(0);
  const [selection, setSelection] = useState<TextSpan | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState<BulkAction | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const kindRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);

  const claims = useMemo(() => data?.claims ?? [], [data]);
  const shown = useMemo(() => filterClaims(claims, filter, text), [claims, filter, text]);
  const found = shown.findIndex((claim) => claim.id === currentId);
  const index = found >= 0 ? found : Math.min(anchor, shown.length - 1);
  const current = index >= 0 ? (shown[index] ?? null) : null;
  const editing = edit?.for === "new" ? "new" : current ? key(current) : null;
  const claim = editing === "new" ? null : current;
  const draft =
    edit && edit.for === editing ? edit.draft : current ? draftFromClaim(current) : null;
  const fieldErrors = errors && errors.for === editing ? errors.errors : {};

  const document = data?.document;
  const body = useMemo(
    () => (document ? { start: document.bodyStart, end: document.bodyEnd } : null),
    [document],
  );
  const sentences = useMemo(
    () => (document && body ? sentenceBounds(document.text, body) : []),
    [document, body],
  );
  const actors = useMemo(() => (data?.actors ?? []).map(({ id, name }) => ({ id, name })), [data]);

  // The sentence preselected in the reader: the shown claim's first citation, in view.
  const firstCitation = draft?.citations[0]?.start;
  useEffect(() => {
    if (firstCitation === undefined) return;
    window.document
      .querySelector(`[data-citation="${activeCitation}"]`)
      ?.scrollIntoView({ block: "nearest" });
  }, [editing, firstCitation, activeCitation]);

  const setDraft = useCallback(
    (next: ClaimDraft) => {
      if (editing) setEdit({ for: editing, draft: next });
    },
    [editing],
  );

  function pick(id: string, focus = false) {
    setCurrentId(id);
    setAnchor(
      Math.max(
        0,
        shown.findIndex((each) => each.id === id),
      ),
    );
    setEdit((before) => (before?.for === "new" ? null : before));
    setActiveCitation(0);
    setRejecting(false);
    if (focus) requestAnimationFrame(() => focusClaim(id));
  }

  function move(delta: number) {
    const next = shown[Math.max(0, Math.min(shown.length - 1, index + delta))];
    if (next) pick(next.id, true);
  }

  function showErrors(error: ApiFailure | undefined) {
    if (!error || !editing) return;
    const field = claimFormField(failureField(error));
    if (field) setErrors({ for: editing, errors: { [field]: error.message } });
  }

  async function write(run: Promise<ClaimWriteOutcome>, advance: boolean) {
    const after = advance ? shown[index + 1] : undefined;
    const outcome = await run;
    if (outcome.ok) {
      setEdit(null);
      setErrors(null);
      setRejecting(false);
      setReason("");
      if (after) setCurrentId(after.id);
      const made = outcome.claims?.[0];
      if (!advance && made && !claims.some((each) => each.id === made.id)) {
        setFilter("all");
        setCurrentId(made.id);
      }
    } else {
      showErrors(outcome.error);
    }
    return outcome;
  }

  function act(action: ClaimAction) {
    if (!draft || busy) return;
    const name = `${draft.subject?.name ?? "?"} → ${draft.object?.name ?? "?"}`;
    if (!claim) {
      const request = createRequestOf(draft);
      if (!request) return say(`Not saved: ${missingSentence(missingForSave(draft))}`);
      void write(create(request, `Saved the claim ${name} (${request.kind}), accepted.`), false);
      return;
    }
    const claims = [{ id: claim.id, version: claim.version }];
    const changes = draftChanges(claim, draft);
    const changed = Object.keys(changes).length > 0;
    if (action === "accept" || action === "save") {
      const missing = missingForSave(draft);
      if (missing.length) return say(`${name}: ${missingSentence(missing)}`);
    }
    if (action === "accept") {
      if (claim.status !== "proposed") return say(`${name} is ${claim.status} already.`);
      void write(
        decide(
          { action: "accept", claims, ...(changed && { changes }) },
          `Accepted ${name} (${draft.kind}).`,
          draft.kind ?? undefined,
        ),
        true,
      );
    } else if (action === "save") {
      if (!changed) return say("Nothing changed.");
      void write(
        decide({ action: "edit", claims, changes }, `Saved ${name}.`, changes.kind),
        false,
      );
    } else if (action === "defer") {
      if (claim.status !== "proposed" || claim.deferred) return;
      void write(decide({ action: "defer", claims }, `Deferred ${name}.`), true);
    } else if (action === "reopen") {
      if (claim.status === "proposed" && !claim.deferred) return;
      void write(decide({ action: "reopen", claims }, `Reopened ${name}: proposed again.`), false);
    } else {
      void write(decide({ action: "retract", claims }, `Retracted ${name}.`), false);
    }
  }

  function startReject() {
    if (!claim || claim.status !== "proposed") return;
    setRejecting(true);
    requestAnimationFrame(() => reasonRef.current?.focus());
  }

  function reject() {
    if (!claim) return;
    const name = `${claim.subject.name} → ${claim.object.name}`;
    void write(
      decide(
        { action: "reject", claims: [{ id: claim.id, version: claim.version }], reason },
        `Rejected ${name}${reason.trim() ? `: ${reason.trim()}` : ""}.`,
      ),
      true,
    );
  }

  function step(which: CitationStep, edge: SpanEdge = "end") {
    if (!draft || !document || !body) return;
    const span = draft.citations[activeCitation];
    if (!span) return;
    const moved =
      which === "shrinkSentence" || which === "widenSentence"
        ? STEPS[which](document.text, span, body, edge, sentences)
        : STEPS[which](document.text, span, body, edge);
    const citations = draft.citations.map((each, i) => (i === activeCitation ? moved : each));
    setDraft({ ...draft, citations });
  }

  function fromSelection() {
    if (!selection || !document) return;
    setEdit({ for: "new", draft: draftFromSelection(document.text, selection, actors) });
    setActiveCitation(0);
    setRejecting(false);
    setSelection(null);
    say("A new claim from the selection: choose what it says, then save.");
    requestAnimationFrame(() => window.document.getElementById("claim-subject")?.focus());
  }

  function citeSelectionToo() {
    if (!selection || !draft) return;
    setDraft({ ...draft, citations: [...draft.citations, selection] });
    setActiveCitation(draft.citations.length);
    setSelection(null);
  }

  const bulkSets = { accept: acceptableInBulk(shown), reject: rejectableInBulk(shown) };
  async function bulk(action: BulkAction) {
    const chosen = bulkSets[action];
    setConfirming(null);
    if (chosen.length === 0) return;
    const n = `${chosen.length} ${chosen.length === 1 ? "claim" : "claims"}`;
    await write(
      decide(
        action === "accept"
          ? { action: "accept", claims: claimRefs(chosen) }
          : { action: "reject", claims: claimRefs(chosen) },
        action === "accept" ? `Accepted ${n}.` : `Rejected ${n}.`,
      ),
      false,
    );
  }

  useClaimKeys({
    next: () => move(1),
    previous: () => move(-1),
    accept: () => act(claim ? "accept" : "save"),
    reject: startReject,
    edit: () => window.document.getElementById("claim-subject")?.focus(),
    swap: () => draft && setDraft(swapDirection(draft)),
    weight: (weight) => draft && setDraft({ ...draft, weight }),
    defer: () => act("defer"),
    reopen: () => act("reopen"),
    family: () => draft && setDraft(cycleFamily(draft)),
    focusKind: () => kindRef.current?.focus(),
    shrinkWord: () => step("shrinkWord"),
    widenWord: () => step("widenWord"),
    shrinkSentence: () => step("shrinkSentence"),
    widenSentence: () => step("widenSentence"),
  });

  if (loadError && !data) {
    return (
      <p role="alert" className="field-error">
        Could not load the claims: {loadError}
      </p>
    );
  }
  if (!data || !document) return <p aria-live="polite">Loading the claims…</p>;
  const changed = claim && draft ? Object.keys(draftChanges(claim, draft)).length > 0 : false;
  return (
    <div className="review claims-review">
      <div className="review-head">
        <p className="reader-meta">
          <Link href={`/documents/${encodeURIComponent(documentId)}`}>{document.title}</Link>
        </p>
        <p className="review-notice" role="status" aria-live="polite">
          {busy ? "Saving…" : notice}
        </p>
      </div>
      <div className="review-columns claims-columns">
        <div className="review-side claims-queue-side">
          <div className="review-queue-scroll">
            <ClaimQueueList
              claims={shown}
              progress={data.progress}
              currentId={editing === "new" ? null : (current?.id ?? null)}
              filter={filter}
              text={text}
              filterRef={filterRef}
              busy={busy}
              bulkCounts={{ accept: bulkSets.accept.length, reject: bulkSets.reject.length }}
              confirming={confirming}
              onFilter={setFilter}
              onText={setText}
              onPick={(id) => pick(id)}
              onBulk={setConfirming}
              onConfirm={(action) => void bulk(action)}
            />
            <ClaimShortcuts />
          </div>
        </div>
        <section className="review-reader" tabIndex={0} aria-label={`Text of ${document.title}`}>
          <div className="selection-bar" aria-live="polite">
            {selection ? (
              <>
                <span className="hint">
                  Selected: “{truncate(document.text.slice(selection.start, selection.end))}”
                </span>
                <button type="button" className="primary" onClick={fromSelection}>
                  Make a claim from the selection
                </button>
                {draft && (
                  <button type="button" onClick={citeSelectionToo}>
                    Cite it in this claim too
                  </button>
                )}
              </>
            ) : (
              <span className="hint">Select any passage to make a claim from it by hand.</span>
            )}
          </div>
          <ClaimText
            document={document}
            citations={draft?.citations ?? []}
            active={activeCitation}
            onSelect={setSelection}
          />
        </section>
        <div className="review-side claims-editor-side">
          {draft ? (
            <>
              <ClaimEditor
                claim={claim}
                draft={draft}
                document={document}
                actors={actors}
                recentKinds={data.recentKinds}
                pairEdges={data.pairEdges}
                activeCitation={activeCitation}
                errors={fieldErrors}
                changed={changed}
                busy={busy}
                rejecting={rejecting}
                reason={reason}
                kindRef={kindRef}
                reasonRef={reasonRef}
                onDraft={setDraft}
                onActiveCitation={setActiveCitation}
                onStep={step}
                onRemoveCitation={(at) => {
                  setDraft({ ...draft, citations: draft.citations.filter((_, i) => i !== at) });
                  setActiveCitation(0);
                }}
                onAction={act}
                onStartReject={startReject}
                onReason={setReason}
                onReject={reject}
                onCancelReject={() => setRejecting(false)}
                onCancel={() => setEdit(null)}
              />
              {claim && (
                <HistoryDisclosure
                  key={claim.id}
                  query={`claim=${encodeURIComponent(claim.id)}`}
                  csrfToken={csrfToken}
                  refresh={claim.version}
                  onReverted={reload}
                  label="Changes to this claim, newest first"
                  summary="History of this claim"
                />
              )}
            </>
          ) : (
            <p className="hint">
              {claims.length === 0
                ? "No claims in this document yet: select a passage to make one."
                : "No claim matches the filter."}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

function ClaimShortcuts() {
  return (
    <section className="shortcuts" aria-labelledby="claim-shortcuts-heading">
      <h2 id="claim-shortcuts-heading">Keys</h2>
      <dl>
        {CLAIM_SHORTCUTS.map((shortcut) => (
          <div key={shortcut.does}>
            <dt>
              {shortcut.keys.map((each) => (
                <kbd key={each}>{each}</kbd>
              ))}
            </dt>
            <dd>{shortcut.does}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">Keys wait while you type in a field.</p>
    </section>
  );
}

function focusClaim(id: string): void {
  [...window.document.querySelectorAll<HTMLElement>("[data-claim]")]
    .find((element) => element.dataset.claim === id)
    ?.focus();
}

function truncate(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
