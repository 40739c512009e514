import { communityColor, KIND_STYLES } from "@/components/graph/palette";
import type { ActorRanking } from "@/lib/analysis/rankings";
import { nodeSizes, type ColorMode, type SizeMetric } from "@/lib/explorer/encoding";
import type { GraphData, GraphNodeData } from "@/lib/explorer/graph-types";
import type { NodeEncoding } from "@/lib/explorer/to-elements";

/**
 * Node sizes and fill colours for the explorer's graph: the explorer's own and the page's early
 * drawing of a large view (early-graph-entry.ts), so both give the same elements.
 */
export function nodeEncoding(
  sizeBy: SizeMetric,
  colorBy: ColorMode,
  graph: GraphData,
  ranked: readonly ActorRanking[] | null,
): NodeEncoding {
  const sizes = nodeSizes(sizeBy, graph, ranked);
  const community = new Map((ranked ?? []).map((actor) => [actor.id, actor.community]));
  const byCommunity = colorBy === "community" && ranked !== null;
  const colorOf = (node: GraphNodeData) =>
    byCommunity ? communityColor(community.get(node.id)) : KIND_STYLES[node.kind].color;
  return { sizes, colorOf };
}
