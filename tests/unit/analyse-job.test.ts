import { gunzipSync } from "node:zlib";
import { analyseJob } from "@/lib/analysis/analyse-job";
import { analyseBalance } from "@/lib/analysis/balance";
import { computeRankings } from "@/lib/analysis/rankings";
import { rankingsBody } from "@/lib/analysis/rankings-body";
import { graphOf, rel } from "@/tests/support/signed-graph-fixtures";

/**
 * One computation for both places a job runs: the worker, and the request's own process for a
 * graph too small to be worth a worker (lib/analysis/jobs.ts). Its answers are the analyses'.
 */
describe("analyseJob on an exact-tier graph", () => {
  const graph = graphOf(
    [rel("a", "+", "b", { weight: 3 }), rel("b", "+", "c"), rel("c", "-", "a", { weight: 2 })],
    ["d"],
  );

  it("gives the rankings body gzip-compressed, with its summary, and reports its phases", () => {
    const phases: string[] = [];
    const output = analyseJob(
      { analysis: "rankings", version: "v1", tier: "exact", graph },
      (phase) => phases.push(phase),
    );
    const expected = rankingsBody("v1", {
      actors: computeRankings(graph),
      betweennessMethod: { kind: "exact", algorithm: "brandes" },
    });
    expect(JSON.parse(gunzipSync(output.gzip!).toString("utf8"))).toEqual(
      JSON.parse(JSON.stringify(expected)),
    );
    expect(JSON.parse(output.summary!)).toBeTruthy();
    expect(phases).toEqual(["pageRank", "storing"]);
  });

  it("gives the balance report under its version", () => {
    const output = analyseJob(
      { analysis: "balance", version: "v2", tier: "exact", graph },
      () => undefined,
    );
    expect(output.gzip).toBeUndefined();
    expect(output.body).toEqual({ graphVersion: "v2", ...analyseBalance(graph) });
  });
});
