import { forceLayout } from "@/lib/layout/force-layout";
import { cachedLayout, layoutKey } from "@/lib/layout/layout-cache";

function ring(n: number) {
  const nodes = Array.from({ length: n }, (_, i) => `n${String(i).padStart(3, "0")}`);
  const edges = nodes.map((source, i) => ({ source, target: nodes[(i + 1) % n]! }));
  return { nodes, edges };
}

describe("server layout for large views", () => {
  it("places every node, centred, with about 120 px of room per node", async () => {
    const { nodes, edges } = ring(200);
    const positions = await forceLayout(nodes, edges);
    expect(Object.keys(positions).sort()).toEqual(nodes);
    const xs = nodes.map((id) => positions[id]!.x);
    const ys = nodes.map((id) => positions[id]!.y);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    expect(span).toBeGreaterThan(120 * Math.sqrt(200) - 2);
    expect(span).toBeLessThan(120 * Math.sqrt(200) + 2);
    expect(Math.abs((Math.max(...xs) + Math.min(...xs)) / 2)).toBeLessThanOrEqual(1);
  });

  it("is deterministic whatever order the elements come in", async () => {
    const { nodes, edges } = ring(60);
    const first = await forceLayout(nodes, edges);
    const again = await forceLayout([...nodes].reverse(), [...edges].reverse());
    expect(again).toEqual(first);
  });

  it("keys a view by its topology: order and direction of edges do not matter", () => {
    const { nodes, edges } = ring(10);
    const flipped = edges.map(({ source, target }) => ({ source: target, target: source }));
    expect(layoutKey([...nodes].reverse(), flipped.reverse())).toBe(layoutKey(nodes, edges));
    expect(layoutKey(nodes, edges.slice(1))).not.toBe(layoutKey(nodes, edges));
  });

  it("lays out a view once: concurrent and later requests share the result", async () => {
    const { nodes, edges } = ring(30);
    const [a, b] = await Promise.all([cachedLayout(nodes, edges), cachedLayout(nodes, edges)]);
    expect(b).toBe(a);
    expect(await cachedLayout(nodes, edges)).toBe(a);
  });

  it("handles a view without edges and a single node", async () => {
    expect(await forceLayout(["only"], [])).toEqual({ only: { x: 0, y: 0 } });
    expect(await forceLayout([], [])).toEqual({});
  });
});
