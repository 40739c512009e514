import { actorsQuerySchema } from "@/lib/api/params/actors";
import { graphQuerySchema } from "@/lib/api/params/graph";
import { idParamsSchema } from "@/lib/api/params/id";
import { parseParams, parseQuery } from "@/lib/api/params/parse";
import { pathsQuerySchema } from "@/lib/api/params/paths";
import { shortestPaths } from "@/lib/analysis/paths";
import type { Db } from "@/lib/db/session";
import { getActor, searchActors } from "@/lib/graph/actors";
import { graphElements } from "@/lib/graph/graph-elements";

/**
 * An endpoint the API benchmark drives, with the lib/ call its route handler makes for the same
 * request (same parameter schema, same function), so the driver floor runs the very same Cypher.
 */
export interface BenchEndpoint {
  label: string;
  path: string;
  run(db: Db): Promise<unknown>;
}

/** The actors and the search the benchmark asks about on a given graph. */
export interface BenchTargets {
  query: string;
  actorId: string;
  /** The best-connected actor, whose 2-step neighbourhood is most of the graph. */
  hubId: string;
  pathFrom: string;
  pathTo: string;
}

const request = (path: string) => new Request(`http://bench.invalid${path}`);

export function benchEndpoints(targets: BenchTargets): BenchEndpoint[] {
  const q = encodeURIComponent(targets.query);
  const graphPath = `/api/graph?focus=${targets.actorId}&depth=2`;
  const hubPath = `/api/graph?focus=${targets.hubId}&depth=2`;
  const pathsPath = `/api/paths?from=${targets.pathFrom}&to=${targets.pathTo}`;
  return [
    {
      label: "/api/actors?q=…",
      path: `/api/actors?q=${q}`,
      run: (db) => searchActors(db, parseQuery(actorsQuerySchema, request(`/api/actors?q=${q}`))),
    },
    {
      label: "/api/actors/{id}",
      path: `/api/actors/${targets.actorId}`,
      run: async (db) => {
        const { id } = parseParams(idParamsSchema, { id: targets.actorId });
        return getActor(db, id);
      },
    },
    {
      label: "/api/graph?focus=…&depth=2",
      path: graphPath,
      run: (db) => graphElements(db, parseQuery(graphQuerySchema, request(graphPath))),
    },
    {
      label: "/api/graph?focus=hub&depth=2",
      path: hubPath,
      run: (db) => graphElements(db, parseQuery(graphQuerySchema, request(hubPath))),
    },
    {
      label: "/api/paths",
      path: pathsPath,
      run: async (db) => ({
        paths: await shortestPaths(db, parseQuery(pathsQuerySchema, request(pathsPath))),
      }),
    },
    {
      label: "/api/graph (whole)",
      path: "/api/graph",
      run: (db) => graphElements(db, parseQuery(graphQuerySchema, request("/api/graph"))),
    },
  ];
}
