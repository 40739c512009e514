import type { GraphResponse } from "@/lib/graph/types";
import { LARGE_VIEW_ELEMENTS } from "@/lib/layout/budget";
import type { Positions } from "@/lib/layout/force-layout";
import { cachedLayout } from "@/lib/layout/layout-cache";

/** Server positions for a view above LARGE_VIEW_ELEMENTS; null leaves the layout to the browser. */
export async function positionsFor(graph: GraphResponse): Promise<Positions | null> {
  if (graph.nodes.length + graph.edges.length <= LARGE_VIEW_ELEMENTS) return null;
  return cachedLayout(
    graph.nodes.map(({ data }) => data.id),
    graph.edges.map(({ data }) => data),
  );
}
