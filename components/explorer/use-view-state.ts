"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseViewState, serializeViewState, type ViewState } from "@/lib/explorer/view-state";

export type UpdateView = (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;

/** The URL is the explorer's state: reading it gives the view, changing the view pushes a URL. */
export function useViewState(): [ViewState, UpdateView] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const state = useMemo(() => parseViewState(new URLSearchParams(params.toString())), [params]);
  const update = useCallback<UpdateView>(
    (patch, options) => {
      const next = serializeViewState({ ...state, ...patch }).toString();
      const href = next ? `${pathname}?${next}` : pathname;
      if (options?.replace) router.replace(href, { scroll: false });
      else router.push(href, { scroll: false });
    },
    [state, router, pathname],
  );
  return [state, update];
}
