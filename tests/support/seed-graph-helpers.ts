import type { SeedBundle, SeedRelationship } from "@/lib/seed/load";

/** Breadth-first hop distance over the seed's relationships, computed independently of Cypher. */
export function hopDistance(
  relationships: SeedRelationship[],
  from: string,
  to: string,
  options: { directed: boolean; families: string[] },
): number | undefined {
  const next = new Map<string, Set<string>>();
  const link = (a: string, b: string) => next.set(a, (next.get(a) ?? new Set()).add(b));
  for (const r of relationships) {
    if (!options.families.includes(r.family)) continue;
    link(r.source, r.target);
    if (!options.directed) link(r.target, r.source);
  }
  const seen = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at === to) return seen.get(at);
    for (const n of next.get(at) ?? []) {
      if (!seen.has(n)) {
        seen.set(n, seen.get(at)! + 1);
        queue.push(n);
      }
    }
  }
  return undefined;
}

export function passageTexts(bundle: SeedBundle): Map<string, string> {
  return new Map(bundle.passages.map((p) => [p.id, p.text]));
}
