"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { requestJson } from "@/components/fetch-json";
import type { Decision, MentionsResponse } from "@/components/curation/api-types";

export interface DecideOutcome {
  ok: boolean;
  /** The message for the field it names (the new-actor dialog shows it there). */
  error?: { message: string; code: string; details?: unknown; field?: string };
}

/** The document's mention groups, and decisions on them; every answer reloads the groups. */
export function useReview(documentId: string, csrfToken: string) {
  const [data, setData] = useState<MentionsResponse | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const [busy, setBusy] = useState(false);
  const url = `/api/documents/${encodeURIComponent(documentId)}`;
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    const result = await requestJson<MentionsResponse>(`${url}/mentions`, { cache: "no-store" });
    if (request !== latest.current) return;
    if (result.ok) {
      setData(result.data);
      setLoadError(null);
    } else {
      setLoadError(result.error.message);
    }
  }, [url]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const decide = useCallback(
    async (decision: Decision, done: string): Promise<DecideOutcome> => {
      setBusy(true);
      const result = await requestJson<unknown>(`${url}/mentions/decide`, {
        body: decision,
        csrfToken,
      });
      setBusy(false);
      if (result.ok) {
        setNotice(done);
        await reload();
        return { ok: true };
      }
      if (result.error.code === "version_conflict") {
        setNotice("Someone else decided this mention; reloaded.");
        await reload();
        return { ok: false, error: result.error };
      }
      setNotice(`Not saved: ${result.error.message}`);
      return { ok: false, error: result.error };
    },
    [url, csrfToken, reload],
  );

  return { data, loadError, notice, busy, decide, reload, say: setNotice };
}
