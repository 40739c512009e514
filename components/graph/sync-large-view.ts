import type { Core, ElementDefinition } from "cytoscape";
import type { Positions } from "@/lib/layout/force-layout";

export interface LargeViewState {
  elements: ElementDefinition[];
  hidden: ReadonlySet<string>;
  focus: string | null;
  /** Server positions for the view's elements. */
  preset: Positions;
  /** Nodes the user dragged: they stay where they were put. */
  pinned: Positions;
}

function sameData(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.entries(next).every(([key, value]) => current[key] === value);
}

/** Where a node the server did not place goes: on a ring around a placed neighbour. */
function placeNear(
  id: string,
  index: number,
  neighbours: Map<string, string[]>,
  placed: (id: string) => { x: number; y: number } | undefined,
): { x: number; y: number } {
  const anchor = (neighbours.get(id) ?? []).map(placed).find(Boolean) ?? { x: 0, y: 0 };
  const angle = index * 2.399963; // the golden angle spreads consecutive nodes evenly
  return { x: anchor.x + 140 * Math.cos(angle), y: anchor.y + 140 * Math.sin(angle) };
}

/**
 * Brings a large view's Cytoscape instance in step with its props in one batch: removes what
 * left, adds what came at its server position (or beside a neighbour, for actors an expansion
 * added), updates data in place, and toggles the filter and focus classes. Unlike the detailed
 * view, nothing is rebuilt and no layout runs, so expanding one actor in a view of thousands
 * costs only the new elements.
 */
export function syncLargeView(
  cy: Core,
  { elements, hidden, focus, preset, pinned }: LargeViewState,
) {
  const wanted = new Map(elements.map((element) => [String(element.data.id), element]));
  const neighbours = new Map<string, string[]>();
  for (const { group, data } of elements) {
    if (group !== "edges") continue;
    const source = String(data.source);
    const target = String(data.target);
    if (!neighbours.has(source)) neighbours.set(source, []);
    if (!neighbours.has(target)) neighbours.set(target, []);
    neighbours.get(source)!.push(target);
    neighbours.get(target)!.push(source);
  }
  cy.batch(() => {
    cy.elements()
      .filter((element) => !wanted.has(element.id()))
      .remove();
    const added: ElementDefinition[] = [];
    let unplaced = 0;
    const placed = (id: string) => {
      const node = cy.getElementById(id);
      return pinned[id] ?? preset[id] ?? (node.nonempty() ? node.position() : undefined);
    };
    for (const [id, element] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.nonempty()) {
        // Setting data restyles the element: only where something changed.
        if (!sameData(existing.data(), element.data)) existing.data(element.data);
        continue;
      }
      if (element.group === "nodes") {
        const position = placed(id) ?? placeNear(id, unplaced++, neighbours, placed);
        added.push({ group: "nodes", data: { ...element.data }, position: { ...position } });
      } else {
        added.push({ group: "edges", data: { ...element.data } });
      }
    }
    // Nodes before edges, so every edge finds its ends.
    cy.add(added.filter((element) => element.group === "nodes"));
    cy.add(added.filter((element) => element.group === "edges"));
    // Touch only what changes class: thousands of no-op toggles cost more than the diff.
    cy.elements(".filtered")
      .filter((element) => !hidden.has(element.id()))
      .removeClass("filtered");
    for (const id of hidden) cy.getElementById(id).addClass("filtered");
    cy.nodes(".focus")
      .filter((node) => node.id() !== focus)
      .removeClass("focus");
    if (focus) cy.getElementById(focus).addClass("focus");
  });
}
