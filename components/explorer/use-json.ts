"use client";

import { useEffect, useState } from "react";
import { takeEarlyView } from "@/components/explorer/early-view";
import { fetchJson } from "@/components/fetch-json";

export type JsonState<T> =
  { status: "loading" } | { status: "error"; message: string } | { status: "ready"; data: T };

/** Fetches `url` whenever it changes; null fetches nothing. The explorer page may have started it early. */
export function useJson<T>(url: string | null): JsonState<T> {
  const [state, setState] = useState<{ url: string | null; value: JsonState<T> }>({
    url: null,
    value: { status: "loading" },
  });
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    fetchJson<T>(url, { signal: controller.signal, started: takeEarlyView(url) })
      .then((data) => setState({ url, value: { status: "ready", data } }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setState({ url, value: { status: "error", message } });
      });
    return () => controller.abort();
  }, [url]);
  // A stale answer for an earlier url reads as "loading" for the current one.
  return state.url === url ? state.value : { status: "loading" };
}
