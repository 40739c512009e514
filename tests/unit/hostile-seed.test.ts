import path from "node:path";
import { loadSeed } from "@/lib/seed/load";

// The fixture behind tests/e2e/hostile-seed.spec.ts: markup in every free-text field.
const HOSTILE_SEED = path.resolve("tests/fixtures/hostile-seed");

describe("the hostile seed fixture", () => {
  it("passes the seed loader with its markup intact", async () => {
    const bundle = await loadSeed(HOSTILE_SEED);
    expect(bundle.actors.map((actor) => actor.name)).toEqual(
      expect.arrayContaining(["<img src=x onerror=alert(1)>", '"><svg onload=alert(3)>']),
    );
    const leaflet = bundle.passages.find((passage) => passage.text.includes("<script>"));
    expect(leaflet?.text).toBe("A leaflet read: <script>alert(2)</script> and nothing more.");
    // Mentions are found by name even when the name is markup.
    const first = bundle.passages.find((passage) => passage.text.startsWith("The militia"));
    expect(first?.actorIds).toEqual(["hostile-img", "hostile-svg"]);
  });
});
