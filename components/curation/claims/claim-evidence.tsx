"use client";

import { evidenceChoiceOf, type ClaimDraft, type EvidenceChoice } from "@/lib/curation/claim-draft";
import { edgesOfPair, evidenceSummary } from "@/lib/curation/claim-queue";
import type { EdgeEvidence } from "@/lib/curation/types";

export interface ClaimEvidenceProps {
  draft: ClaimDraft;
  pairEdges: EdgeEvidence[];
  error: string | undefined;
  onChoose: (choice: EvidenceChoice, edge: EdgeEvidence | null) => void;
}

/**
 * What already stands between the two actors, and what this claim does to it: corroborate an
 * edge, dispute it, or stand as another kind of its own.
 */
export function ClaimEvidence({ draft, pairEdges, error, onChoose }: ClaimEvidenceProps) {
  const { same, reverse } = edgesOfPair(
    pairEdges,
    draft.subject?.id ?? null,
    draft.object?.id ?? null,
  );
  if (same.length === 0 && reverse.length === 0) {
    return (
      <p className="hint claim-evidence">
        No edge between them yet: accepting this claim makes one.
      </p>
    );
  }
  return (
    <fieldset className="claim-evidence" aria-describedby="claim-error-edgeId">
      <legend>Evidence already on the pair</legend>
      {same.map((edge) => (
        <div key={edge.id} className="evidence-edge">
          <p>
            {evidenceSummary(edge)}{" "}
            {edge.contested && <span className="status-badge contested">Contested</span>}
          </p>
          {edge.contested && edge.contestedBecause.length > 0 && (
            <ul className="hint">
              {edge.contestedBecause.map((because) => (
                <li key={because}>{because}</li>
              ))}
            </ul>
          )}
          {(["corroborate", "dispute"] as const).map((choice) => (
            <label key={choice} className="check">
              <input
                type="radio"
                name="claim-evidence"
                checked={evidenceChoiceOf(draft, edge.id) === choice}
                onChange={() => onChoose(choice, edge)}
              />
              {choice === "corroborate"
                ? `Corroborate it (${edge.kind})`
                : `Dispute it (the text denies that ${edge.sourceName} ${edge.kind} ${edge.targetName})`}
            </label>
          ))}
        </div>
      ))}
      {same.length > 0 && (
        <label className="check">
          <input
            type="radio"
            name="claim-evidence"
            checked={draft.edgeId === null}
            onChange={() => onChoose("another", null)}
          />
          Add as another kind{draft.kind ? ` (${draft.kind})` : ""}
        </label>
      )}
      {reverse.map((edge) => (
        <p key={edge.id} className="hint">
          The other way: {evidenceSummary(edge)}
          {edge.contested && " · contested"}
        </p>
      ))}
      <span id="claim-error-edgeId" className="field-error" aria-live="polite">
        {error}
      </span>
    </fieldset>
  );
}
