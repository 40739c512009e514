"use client";

import { useCallback, useEffect, useState } from "react";
import { requestJson } from "@/components/fetch-json";
import type { ChangeEntry } from "@/lib/audit/audit-history";
import type { RevertResponse } from "@/lib/curation/types";

export const CHANGES_PAGE = 20;

/**
 * One history (`query` is the query string of GET /api/history, "" for the global feed), a page
 * at a time, and Revert. A refused revert leaves the message to show; a done one reloads.
 */
export function useHistory(query: string, csrfToken: string | null, onReverted?: () => void) {
  const [entries, setEntries] = useState<ChangeEntry[] | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [limit, setLimit] = useState(CHANGES_PAGE);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const sep = query ? "&" : "";
    requestJson<{ entries: ChangeEntry[]; hasMore: boolean }>(
      `/api/history?${query}${sep}limit=${limit}`,
      { cache: "no-store", signal: controller.signal },
    )
      .then((result) => {
        if (result.ok) {
          setEntries(result.data.entries);
          setHasMore(result.data.hasMore);
          setError(null);
        } else {
          setError(result.error.message);
        }
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [query, limit, generation]);

  const revert = useCallback(
    async (entry: ChangeEntry) => {
      if (!csrfToken) return;
      setBusy(true);
      const result = await requestJson<RevertResponse>(
        `/api/history/${encodeURIComponent(entry.id)}/revert`,
        { body: {}, csrfToken },
      );
      setBusy(false);
      if (result.ok) {
        setNotice(`Reverted ${entry.action} of ${new Date(entry.at).toLocaleString()}.`);
        setGeneration((n) => n + 1);
        onReverted?.();
      } else {
        setNotice(`Not reverted: ${result.error.message}`);
      }
    },
    [csrfToken, onReverted],
  );

  const more = useCallback(() => setLimit((n) => n + CHANGES_PAGE), []);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { entries, hasMore, error, notice, busy, revert, more, reload };
}
