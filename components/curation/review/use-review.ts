"use client";

import { useCallback, useEffect, useState } from "react";
import { useDocumentChanges } from "@/components/curation/review/document-changes";
import { requestJson, type ApiFailure } from "@/components/fetch-json";
import type { Decision } from "@/lib/curation/schemas";
import type { DecisionResult, MentionsResponse } from "@/lib/curation/types";

export interface DecideOutcome {
  ok: boolean;
  error?: ApiFailure;
}

/**
 * The document's mention groups, and decisions on them. A decision's answer is the queue as it
 * left it (every group with its mentions' new versions, and the actors they name), drawn as it is:
 * asking for the whole queue again cost a 10,000-word document another 90 ms on the server and
 * 400 KB to parse before the next key could act. A version conflict reloads the groups. `busy`
 * lasts until the groups are current, so no decision goes out on stale versions.
 */
export function useReview(documentId: string, csrfToken: string) {
  const [data, setData] = useState<MentionsResponse | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);
  const url = `/api/documents/${encodeURIComponent(documentId)}`;

  useEffect(() => {
    const controller = new AbortController();
    requestJson<MentionsResponse>(`${url}/mentions`, {
      cache: "no-store",
      signal: controller.signal,
    })
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
  const { changed } = useDocumentChanges();

  const decide = useCallback(
    async (decision: Decision, done: string): Promise<DecideOutcome> => {
      setBusy(true);
      // Said at once, so the key is answered before the server is (aria-live).
      setNotice("Saving…");
      const result = await requestJson<DecisionResult>(`${url}/mentions/decide`, {
        body: decision,
        csrfToken,
      });
      if (result.ok) {
        const { groups, actors } = result.data;
        setData((current) => current && { ...current, groups, actors });
        setBusy(false);
        setNotice(done);
        changed();
        return { ok: true };
      }
      if (result.error.code === "version_conflict") {
        setNotice("Someone else decided this mention; reloaded.");
        reload();
      } else {
        setNotice(`Not saved: ${result.error.message}`);
        setBusy(false);
      }
      return { ok: false, error: result.error };
    },
    [url, csrfToken, reload, changed],
  );

  return { data, loadError, notice, busy, decide, reload, say: setNotice };
}
