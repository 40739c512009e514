"use client";

import { useCallback, useEffect, useState } from "react";
import { requestJson } from "@/components/fetch-json";
import { ActorPicker } from "@/components/curation/review/actor-picker";
import { MergeList } from "@/components/curation/merge/merge-list";
import { MergeReportView } from "@/components/curation/merge/merge-report";
import type {
  MergeReport,
  MergeResponse,
  MergesResponse,
  MergeView,
  UnmergeResponse,
} from "@/lib/curation/merge-types";
import type { MergeActorsRequest } from "@/lib/curation/schemas";
import type { ActorSummary } from "@/lib/graph/types";

export interface MergeWorkspaceProps {
  csrfToken: string;
}

/** Choose two actors, read the dry run, merge; the merges below, each with its Unmerge. */
export function MergeWorkspace({ csrfToken }: MergeWorkspaceProps) {
  const [survivor, setSurvivor] = useState<ActorSummary | null>(null);
  const [merged, setMerged] = useState<ActorSummary | null>(null);
  const [report, setReport] = useState<MergeReport | null>(null);
  const [merges, setMerges] = useState<MergeView[]>([]);
  const [notice, setNotice] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    requestJson<MergesResponse>("/api/actors/merges", {
      cache: "no-store",
      signal: controller.signal,
    })
      .then((result) => {
        if (result.ok) setMerges(result.data.merges);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  const send = async (dryRun: boolean) => {
    if (!survivor || !merged) return;
    setBusy(true);
    setError("");
    const body: MergeActorsRequest = { survivorId: survivor.id, mergedId: merged.id, dryRun };
    const result = await requestJson<MergeReport | MergeResponse>("/api/actors/merge", {
      body,
      csrfToken,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (dryRun) {
      setReport(result.data as MergeReport);
      return;
    }
    setNotice(`Merged ${merged.name} into ${survivor.name}.`);
    setReport(null);
    setMerged(null);
    reload();
  };

  const unmerge = async (merge: MergeView) => {
    setBusy(true);
    setError("");
    const result = await requestJson<UnmergeResponse>(
      `/api/actors/merges/${encodeURIComponent(merge.id)}/unmerge`,
      { body: {}, csrfToken },
    );
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const left = result.data.notRestored.length;
    setNotice(
      `Unmerged ${merge.mergedName}.${left > 0 ? ` ${left} item(s) had changed since and stayed.` : ""}`,
    );
    reload();
  };

  const choose = (set: (actor: ActorSummary | null) => void) => (actor: ActorSummary) => {
    set(actor);
    setReport(null);
  };

  return (
    <div className="merge-workspace">
      <div className="merge-pickers">
        <div>
          <ActorPicker
            id="merge-survivor"
            label="Actor that stays"
            onChoose={choose(setSurvivor)}
          />
          <p>Stays: {survivor ? <strong>{survivor.name}</strong> : "none chosen"}</p>
        </div>
        <div>
          <ActorPicker
            id="merge-merged"
            label="Actor merged into it"
            onChoose={choose(setMerged)}
          />
          <p>Merged: {merged ? <strong>{merged.name}</strong> : "none chosen"}</p>
        </div>
      </div>
      <div className="merge-actions">
        <button
          type="button"
          disabled={busy || !survivor || !merged}
          onClick={() => void send(true)}
        >
          Show what would change
        </button>
        <button type="button" disabled={busy || !report} onClick={() => void send(false)}>
          Merge
        </button>
      </div>
      <p aria-live="polite" className="notice">
        {notice}
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {report && <MergeReportView report={report} />}
      <MergeList merges={merges} busy={busy} onUnmerge={(m) => void unmerge(m)} />
    </div>
  );
}
