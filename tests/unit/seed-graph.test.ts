import path from "node:path";
import { loadSeed, type SeedBundle } from "@/lib/seed/load";
import { ACTOR_KIND_LABELS } from "@/lib/graph/schema";
import { HOSTILITY_KINDS, INFLUENCE_KINDS } from "@/lib/domain/relationship-families";

// Words that appear only in the page furniture after the article (teasers, captions).
const FURNITURE = ["Blinken", "Ukraine", "Russia", "Israeli", "Milley", "von der Leyen", "QiOSK"];

describe("the curated graph seed", () => {
  let bundle: SeedBundle;

  beforeAll(async () => {
    bundle = await loadSeed(path.resolve("graph-seed"));
  });

  it("is large enough to explore", () => {
    expect(bundle.documents.length).toBeGreaterThanOrEqual(1);
    expect(bundle.actors.length).toBeGreaterThanOrEqual(30);
    expect(bundle.relationships.length).toBeGreaterThanOrEqual(50);
    expect(bundle.memberships.length).toBeGreaterThan(0);
  });

  it("has both families, each with kinds from its own closed list", () => {
    const influence = bundle.relationships.filter((rel) => rel.family === "influence");
    const hostility = bundle.relationships.filter((rel) => rel.family === "hostility");
    expect(influence.length).toBeGreaterThanOrEqual(20);
    expect(hostility.length).toBeGreaterThanOrEqual(20);
    influence.forEach((rel) => expect(INFLUENCE_KINDS).toContain(rel.kind));
    hostility.forEach((rel) => expect(HOSTILITY_KINDS).toContain(rel.kind));
  });

  it("gives every actor kind a Neo4j label", () => {
    bundle.actors.forEach((actor) => expect(ACTOR_KIND_LABELS[actor.kind]).toMatch(/^[A-Z]\w+$/));
  });

  it("cites passages that are exact slices of the article body", () => {
    const documents = new Map(bundle.documents.map((doc) => [doc.id, doc]));
    for (const passage of bundle.passages) {
      const doc = documents.get(passage.documentId)!;
      expect(passage.text).toBe(doc.text.slice(passage.start, passage.end));
      expect(passage.start).toBeGreaterThanOrEqual(doc.bodyStart);
      expect(passage.end).toBeLessThanOrEqual(doc.bodyEnd);
      expect(passage.id).toBe(`${doc.id}:${passage.start}-${passage.end}`);
    }
  });

  it("never cites the page furniture around the article", () => {
    for (const passage of bundle.passages) {
      for (const word of FURNITURE) expect(passage.text).not.toContain(word);
    }
    const teaser = bundle.documents[0]!.text.indexOf("Diplomacy Watch");
    expect(teaser).toBeGreaterThan(bundle.documents[0]!.bodyEnd);
  });

  it("links every claim to passages that exist and name its endpoints", () => {
    const passages = new Map(bundle.passages.map((passage) => [passage.id, passage]));
    const claims = [
      ...bundle.relationships.map((rel) => ({ ...rel, ends: [rel.source, rel.target] })),
      ...bundle.memberships.map((m) => ({ ...m, ends: [m.member, m.group] })),
    ];
    for (const claim of claims) {
      expect(claim.passageIds.length).toBeGreaterThan(0);
      for (const id of claim.passageIds) {
        expect(passages.get(id)?.actorIds).toEqual(expect.arrayContaining(claim.ends));
      }
    }
  });
});
