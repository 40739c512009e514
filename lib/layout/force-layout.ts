import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

export interface LayoutEdge {
  source: string;
  target: string;
}

export type Positions = Record<string, { x: number; y: number }>;

/** Average room per node in the final drawing, in model pixels (nodes are 26–84 px wide). */
const ROOM_PER_NODE = 120;
/** Iterations per slice: each slice runs synchronously, then the event loop gets a turn. */
const SLICE = 4;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

function iterationsFor(nodeCount: number): number {
  // Barnes–Hut makes one iteration O(n log n); fewer iterations on bigger views keep the first
  // (uncached) answer within a couple of seconds, and the sunflower start is already untangled.
  if (nodeCount <= 500) return 150;
  if (nodeCount <= 2000) return 80;
  return 50;
}

/**
 * Positions for a large view, computed once on the server: ForceAtlas2 (graphology) with
 * Barnes–Hut, from a deterministic start — the best-connected actors at the centre of a sunflower
 * spiral — so the same elements always land in the same place. The work runs in slices with the
 * event loop free in between, so other requests are served while a big view is laid out.
 */
export async function forceLayout(nodeIds: string[], edges: LayoutEdge[]): Promise<Positions> {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const id of [...nodeIds].sort()) graph.addNode(id);
  // Edges go in a canonical order too: the forces are summed in adjacency order, and floating-
  // point sums depend on it.
  const pairs = edges
    .filter(({ source, target }) => source !== target)
    .map(({ source, target }) => (source < target ? [source, target] : [target, source]))
    .sort(([a1, b1], [a2, b2]) =>
      a1! < a2! ? -1 : a1! > a2! ? 1 : b1! < b2! ? -1 : b1! > b2! ? 1 : 0,
    );
  for (const [source, target] of pairs) {
    if (graph.hasNode(source!) && graph.hasNode(target!)) graph.mergeEdge(source!, target!);
  }
  const byDegree = graph
    .nodes()
    .sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
  byDegree.forEach((id, index) => {
    const radius = Math.sqrt(index + 0.5);
    graph.mergeNodeAttributes(id, {
      x: radius * Math.cos(index * GOLDEN_ANGLE),
      y: radius * Math.sin(index * GOLDEN_ANGLE),
    });
  });
  if (graph.size > 0) {
    const settings = {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: graph.order > 300,
    };
    const total = iterationsFor(graph.order);
    for (let done = 0; done < total; done += SLICE) {
      forceAtlas2.assign(graph, { iterations: Math.min(SLICE, total - done), settings });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return scaled(graph);
}

/** Centres the drawing and scales it so each node has about ROOM_PER_NODE² of area. */
function scaled(graph: Graph): Positions {
  const positions: Positions = {};
  if (graph.order === 0) return positions;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  const side = ROOM_PER_NODE * Math.sqrt(graph.order);
  const scale = graph.order === 1 ? 0 : side / span;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  graph.forEachNode((id, { x, y }) => {
    positions[id] = { x: Math.round((x - cx) * scale), y: Math.round((y - cy) * scale) };
  });
  return positions;
}
