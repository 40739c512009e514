"use client";

import { useCallback, useEffect, useState } from "react";
import { useDocumentChanges } from "@/components/curation/review/document-changes";
import { requestJson, type ApiFailure } from "@/components/fetch-json";
import { mergePairEdges, replaceClaims } from "@/lib/curation/claim-queue";
import type { ClaimDecisionRequest, CreateClaimRequest } from "@/lib/curation/schemas";
import type { ClaimsResponse, ClaimView, ClaimWriteResponse } from "@/lib/curation/types";

export interface ClaimWriteOutcome {
  ok: boolean;
  claims?: ClaimView[];
  error?: ApiFailure;
}

/**
 * The document's claims, and every write on them. An answer's claims, progress and edges replace
 * what is loaded in place; a version conflict reloads everything, and `busy` lasts until it is
 * back, so no decision goes out on stale versions.
 */
export function useClaims(documentId: string, csrfToken: string) {
  const [data, setData] = useState<ClaimsResponse | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);
  const url = `/api/documents/${encodeURIComponent(documentId)}`;
  const { changed } = useDocumentChanges();

  useEffect(() => {
    const controller = new AbortController();
    requestJson<ClaimsResponse>(`${url}/claims`, { cache: "no-store", signal: controller.signal })
      .then((result) => {
        if (result.ok) {
          setData(result.data);
          setLoadError(null);
        } else {
          setLoadError(result.error.message);
        }
        setBusy(false);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [url, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  const send = useCallback(
    async (
      path: string,
      body: unknown,
      done: string,
      kind?: string,
    ): Promise<ClaimWriteOutcome> => {
      setBusy(true);
      // Said at once, so the key is answered before the server is (aria-live).
      setNotice("Saving…");
      const result = await requestJson<ClaimWriteResponse>(`${url}${path}`, { body, csrfToken });
      if (result.ok) {
        const answer = result.data;
        setData(
          (before) =>
            before && {
              ...before,
              claims: replaceClaims(before.claims, answer.claims),
              progress: answer.progress,
              pairEdges: mergePairEdges(before.pairEdges, answer.edges, answer.removedEdgeIds),
              recentKinds: kind
                ? [kind, ...before.recentKinds.filter((each) => each !== kind)]
                : before.recentKinds,
            },
        );
        setNotice(done);
        setBusy(false);
        changed();
        return { ok: true, claims: answer.claims };
      }
      if (result.error.code === "version_conflict") {
        setNotice("Someone else changed this claim; reloaded.");
        reload();
      } else {
        setNotice(`Not saved: ${result.error.message}`);
        setBusy(false);
      }
      return { ok: false, error: result.error };
    },
    [url, csrfToken, reload, changed],
  );

  const decide = useCallback(
    (decision: ClaimDecisionRequest, done: string, kind?: string) =>
      send("/claims/decide", decision, done, kind),
    [send],
  );
  const create = useCallback(
    (claim: CreateClaimRequest, done: string) => send("/claims", claim, done, claim.kind),
    [send],
  );

  return { data, loadError, notice, busy, decide, create, reload, say: setNotice };
}
