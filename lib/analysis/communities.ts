/** An undirected weighted tie for community detection. */
export interface WeightedTie {
  a: string;
  b: string;
  weight: number;
}

type Adjacency = Map<number, Map<number, number>>;

function addWeight(adj: Adjacency, i: number, j: number, w: number): void {
  const row = adj.get(i) ?? new Map<number, number>();
  row.set(j, (row.get(j) ?? 0) + w);
  adj.set(i, row);
}

// A self-loop (i, i) counts twice towards i's degree, as in the modularity formula.
function degrees(n: number, adj: Adjacency): number[] {
  return Array.from({ length: n }, (_, i) =>
    [...(adj.get(i) ?? new Map<number, number>())].reduce(
      (sum, [j, w]) => sum + (i === j ? 2 * w : w),
      0,
    ),
  );
}

/** Louvain's first phase: move nodes one at a time, in a fixed order, while modularity rises. */
function localMoves(n: number, adj: Adjacency): { community: number[]; moved: boolean } {
  const k = degrees(n, adj);
  const m2 = k.reduce((s, x) => s + x, 0);
  const community = Array.from({ length: n }, (_, i) => i);
  const total = [...k];
  let moved = false;
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < n; i++) {
      const own = community[i]!;
      total[own]! -= k[i]!;
      const linkTo = new Map<number, number>([[own, 0]]);
      for (const [j, w] of adj.get(i) ?? []) {
        if (j !== i) linkTo.set(community[j]!, (linkTo.get(community[j]!) ?? 0) + w);
      }
      const gain = (c: number) => linkTo.get(c)! - (total[c]! * k[i]!) / m2;
      let best = own;
      for (const c of [...linkTo.keys()].sort((x, y) => x - y)) {
        if (gain(c) > gain(best) + 1e-12) best = c;
      }
      total[best]! += k[i]!;
      if (best !== own) {
        community[i] = best;
        changed = moved = true;
      }
    }
  }
  return { community, moved };
}

/**
 * Louvain community detection (Blondel et al., 2008): greedy modularity optimisation, alternating
 * local moves and aggregation of each community into one node. Nodes are visited in id order, so
 * the result is deterministic. Returns each node's community as a set of ids; untied nodes are left out.
 */
export function louvain(ties: WeightedTie[]): string[][] {
  const ids = [...new Set(ties.flatMap((t) => [t.a, t.b]))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  let adj: Adjacency = new Map();
  for (const t of ties) {
    if (t.a === t.b || t.weight <= 0) continue;
    addWeight(adj, index.get(t.a)!, index.get(t.b)!, t.weight);
    addWeight(adj, index.get(t.b)!, index.get(t.a)!, t.weight);
  }
  // members[c] = original ids inside current-level node c
  let members = ids.map((id) => [id]);
  for (;;) {
    const { community, moved } = localMoves(members.length, adj);
    if (!moved) break;
    const renumber = new Map([...new Set(community)].sort((x, y) => x - y).map((c, i) => [c, i]));
    const next: Adjacency = new Map();
    for (const [i, row] of adj) {
      for (const [j, w] of row) {
        const [ci, cj] = [renumber.get(community[i]!)!, renumber.get(community[j]!)!];
        // Off-diagonal entries appear once per direction; a community's inner ties fold into one self-loop.
        if (i === j) addWeight(next, ci, ci, w);
        else if (ci !== cj) addWeight(next, ci, cj, w);
        else if (i < j) addWeight(next, ci, ci, w);
      }
    }
    const grouped: string[][] = Array.from({ length: renumber.size }, () => []);
    community.forEach((c, i) => grouped[renumber.get(c)!]!.push(...members[i]!));
    members = grouped;
    adj = next;
  }
  return members.map((m) => [...m].sort());
}
