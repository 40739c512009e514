"use client";

import { useJson } from "@/components/explorer/use-json";
import type { GraphSummary } from "@/lib/summary/types";

export interface SummaryLoad {
  /** The answer is pending: whether to summarise is not known yet. */
  deciding: boolean;
  /** The summary to show instead of the graph, when the graph is over the budget. */
  summary: GraphSummary | null;
}

/**
 * Asks the server whether the whole graph fits the renderer's budget (a count-store read) and,
 * when it does not, for its summary. Only the overview asks: a focus, a limit or a community
 * view draws its own bounded part. A failed answer means "draw the graph", as before.
 */
export function useGraphSummary(overview: boolean): SummaryLoad {
  const answer = useJson<GraphSummary>(overview ? "/api/graph/summary" : null);
  if (!overview) return { deciding: false, summary: null };
  if (answer.status === "loading") return { deciding: true, summary: null };
  if (answer.status === "error" || !answer.data.oversize) return { deciding: false, summary: null };
  return { deciding: false, summary: answer.data };
}
