"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { applyViewChange, type ViewChange } from "@/lib/explorer/view-changes";
import { parseViewState, serializeViewState, type ViewState } from "@/lib/explorer/view-state";

export type UpdateView = (change: ViewChange, options?: { replace?: boolean }) => void;

/**
 * The URL is the explorer's state: reading it gives the view, changing the view pushes a URL.
 * Navigations land a moment later, so changes made before one lands build on the pending
 * state rather than on the URL, and two quick changes never undo each other. The changes
 * themselves are pure functions in lib/explorer/view-changes.ts.
 */
export function useViewState(): [ViewState, UpdateView] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query = params.toString();
  const state = useMemo(() => parseViewState(new URLSearchParams(query)), [query]);
  const pending = useRef<{ query: string; state: ViewState }[]>([]);

  useEffect(() => {
    const landed = pending.current.findIndex((entry) => entry.query === query);
    // Our own navigation landed: drop it and anything older. Otherwise (back, forward, a
    // link) the URL wins and nothing is pending any more.
    pending.current = landed >= 0 ? pending.current.slice(landed + 1) : [];
  }, [query]);

  const update = useCallback<UpdateView>(
    (change, options) => {
      const next = applyViewChange(pending.current.at(-1)?.state ?? state, change);
      const nextQuery = serializeViewState(next).toString();
      pending.current.push({ query: nextQuery, state: next });
      const href = nextQuery ? `${pathname}?${nextQuery}` : pathname;
      if (options?.replace) router.replace(href, { scroll: false });
      else router.push(href, { scroll: false });
    },
    [state, router, pathname],
  );
  return [state, update];
}
