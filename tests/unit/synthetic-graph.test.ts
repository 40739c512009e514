import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadSeed } from "@/lib/seed/load";
import type { SeedBundle } from "@/lib/seed/types";
import { syntheticBundle } from "@/lib/synthetic/bundle";
import { generateSyntheticGraph } from "@/lib/synthetic/generate";
import { writeSeedFolders } from "@/lib/synthetic/seed-files";

const byId = <T extends { id: string }>(items: T[]) =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function degrees(bundle: SeedBundle): number[] {
  const degree = new Map(bundle.actors.map((actor) => [actor.id, 0]));
  for (const rel of bundle.relationships) {
    degree.set(rel.source, degree.get(rel.source)! + 1);
    degree.set(rel.target, degree.get(rel.target)! + 1);
  }
  return [...degree.values()].sort((a, b) => b - a);
}

describe("the synthetic-graph generator", () => {
  const graph = generateSyntheticGraph({ actors: 1000, seed: 7 });
  const bundle = syntheticBundle(graph);

  it("gives the same graph for the same seed, and another for another seed", () => {
    const again = syntheticBundle(generateSyntheticGraph({ actors: 1000, seed: 7 }));
    expect(again).toEqual(bundle);
    const other = syntheticBundle(generateSyntheticGraph({ actors: 1000, seed: 8 }));
    expect(other.actors.map((a) => a.name)).not.toEqual(bundle.actors.map((a) => a.name));
  });

  it("ties each actor to about seven others, in both families", () => {
    expect(bundle.actors).toHaveLength(1000);
    expect(bundle.relationships.length).toBeGreaterThan(6_500);
    expect(bundle.relationships.length).toBeLessThan(7_500);
    const hostile = bundle.relationships.filter((rel) => rel.family === "hostility").length;
    expect(hostile / bundle.relationships.length).toBeGreaterThan(0.25);
    expect(hostile / bundle.relationships.length).toBeLessThan(0.5);
    expect(new Set(bundle.actors.map((actor) => actor.kind)).size).toBe(8);
    expect(bundle.memberships.length).toBeGreaterThan(200);
    expect(bundle.relationships.some((rel) => rel.dateStart !== undefined)).toBe(true);
    expect(bundle.actors.every((actor) => actor.documentIds.length > 0)).toBe(true);
  });

  it("has power-law degrees: a few hubs, a low median", () => {
    const sorted = degrees(bundle);
    const median = sorted[sorted.length / 2]!;
    expect(sorted[0]!).toBeGreaterThan(5 * median);
    const topOnePercent = sorted.slice(0, 10).reduce((sum, d) => sum + d, 0);
    const all = sorted.reduce((sum, d) => sum + d, 0);
    expect(topOnePercent / all).toBeGreaterThan(0.05);
  });

  it("cites, for every claim, passages that exist and quote the document", () => {
    const passages = new Map(bundle.passages.map((p) => [p.id, p]));
    const documents = new Map(bundle.documents.map((d) => [d.id, d]));
    const problems: string[] = [];
    for (const claim of [...bundle.relationships, ...bundle.memberships]) {
      if (claim.passageIds.length === 0) problems.push(`${claim.id} cites nothing`);
      for (const id of claim.passageIds) {
        const passage = passages.get(id);
        const document = passage && documents.get(passage.documentId);
        if (!passage || !document) problems.push(`${claim.id} cites a missing ${id}`);
        else if (document.text.slice(passage.start, passage.end) !== passage.text)
          problems.push(`${id} does not quote its document`);
        else if (passage.start < document.bodyStart || passage.end > document.bodyEnd)
          problems.push(`${id} lies outside the body`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("writes seed folders that the seed validator reads back as the same graph", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "atlas-synthetic-seed-"));
    try {
      await writeSeedFolders(graph, dir);
      const loaded = await loadSeed(dir);
      expect(byId(loaded.actors)).toEqual(byId(bundle.actors));
      expect(byId(loaded.relationships)).toEqual(byId(bundle.relationships));
      expect(byId(loaded.memberships)).toEqual(byId(bundle.memberships));
      // The validator's mention finder reads every passage: it finds exactly the claim's actors.
      expect(byId(loaded.passages)).toEqual(byId(bundle.passages));
      expect(byId(loaded.documents)).toEqual(byId(bundle.documents));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
