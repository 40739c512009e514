import { actorsQuerySchema } from "@/lib/api/params/actors";
import { documentsQuerySchema } from "@/lib/api/params/documents";
import { graphQuerySchema } from "@/lib/api/params/graph";
import { parseQuery } from "@/lib/api/params/parse";
import { pathsQuerySchema } from "@/lib/api/params/paths";
import { loadSignedGraph } from "@/lib/analysis/load-graph";
import { listAudit } from "@/lib/audit/audit-entries";
import { listHistory } from "@/lib/audit/audit-history";
import { shortestPaths } from "@/lib/analysis/paths";
import { graphSchemaInfo } from "@/lib/cypher/graph-schema";
import { checkNeo4j } from "@/lib/db/health";
import type { Db } from "@/lib/db/session";
import { getActor, searchActors } from "@/lib/graph/actors";
import { getDocument, listDocuments } from "@/lib/graph/documents";
import { focusTotals, graphElements } from "@/lib/graph/graph-elements";
import { getRelationship } from "@/lib/graph/relationships";
import { countGraph } from "@/lib/seed/write";

/** Ids on the graph being profiled that make each read realistic. */
export interface CatalogueTargets {
  query: string;
  /** An actor of ordinary prominence (about the 99th percentile of degree). */
  actorId: string;
  /** The best-connected actor: a state with thousands of ties on the 100k graph. */
  hubId: string;
  pathFrom: string;
  pathTo: string;
  relationshipId: string;
  membershipId: string;
  documentId: string;
}

/** One read that lib/ offers, called the way its route or page calls it. */
export interface CatalogueEntry {
  name: string;
  run(db: Db): Promise<unknown>;
  /** Why a label or type scan is right here, when it is. */
  scanBecause?: string;
}

const url = (path: string) => new Request(`http://profile.invalid${path}`);
const graph = (db: Db, query: string) =>
  graphElements(db, parseQuery(graphQuerySchema, url(`/api/graph?${query}`)));

/**
 * Every read query in lib/ with realistic parameters. Left out on purpose: the admin console
 * (analysts' own Cypher, bounded by its timeout and row cap), the backup dump (reads everything
 * by design) and the seed writer.
 */
export function queryCatalogue(t: CatalogueTargets): CatalogueEntry[] {
  const q = encodeURIComponent(t.query);
  return [
    {
      name: "search actors (q)",
      run: (db) => searchActors(db, parseQuery(actorsQuerySchema, url(`/api/actors?q=${q}`))),
    },
    {
      name: "search actors (q, kind)",
      run: (db) =>
        searchActors(db, parseQuery(actorsQuerySchema, url(`/api/actors?q=${q}&kind=person`))),
    },
    {
      name: "list actors (first page)",
      run: (db) => searchActors(db, parseQuery(actorsQuerySchema, url("/api/actors"))),
    },
    {
      name: "list actors (kind, page 100)",
      run: (db) =>
        searchActors(
          db,
          parseQuery(actorsQuerySchema, url("/api/actors?kind=state&offset=4950&limit=50")),
        ),
    },
    { name: "actor detail", run: (db) => getActor(db, t.actorId) },
    { name: "actor detail (hub)", run: (db) => getActor(db, t.hubId) },
    {
      name: "graph (whole)",
      run: (db) => graph(db, ""),
      scanBecause: "ranks every actor by degree to choose the top ones",
    },
    { name: "graph (whole, kinds=person,state)", run: (db) => graph(db, "kinds=person,state") },
    {
      name: "graph (whole, influence ≥ 3)",
      run: (db) => graph(db, "families=influence&minWeight=3"),
      scanBecause: "ranks every actor by its filtered degree",
    },
    {
      name: "graph (whole, 2020–2021)",
      run: (db) => graph(db, "from=2020&to=2021"),
      scanBecause: "ranks every actor by its filtered degree; counts undated claims",
    },
    { name: "graph (focus, depth 1)", run: (db) => graph(db, `focus=${t.actorId}&depth=1`) },
    { name: "graph (focus, depth 2)", run: (db) => graph(db, `focus=${t.actorId}&depth=2`) },
    { name: "graph (focus, depth 3)", run: (db) => graph(db, `focus=${t.actorId}&depth=3`) },
    { name: "graph (focus hub, depth 2)", run: (db) => graph(db, `focus=${t.hubId}&depth=2`) },
    {
      name: "graph totals (focus, depth 2)",
      run: (db) =>
        focusTotals(
          db,
          parseQuery(graphQuerySchema, url(`/api/graph/totals?focus=${t.actorId}&depth=2`)),
        ),
    },
    {
      name: "graph (focus, depth 2, 2020–2021)",
      run: (db) => graph(db, `focus=${t.actorId}&depth=2&from=2020&to=2021`),
    },
    { name: "expand hub (focus hub, depth 1)", run: (db) => graph(db, `focus=${t.hubId}&depth=1`) },
    { name: "relationship", run: (db) => getRelationship(db, t.relationshipId) },
    { name: "membership", run: (db) => getRelationship(db, t.membershipId) },
    {
      name: "list documents",
      run: (db) => listDocuments(db, parseQuery(documentsQuerySchema, url("/api/documents"))),
      scanBecause: "orders every document by date (no index can order by published)",
    },
    { name: "document", run: (db) => getDocument(db, t.documentId) },
    {
      name: "paths",
      run: (db) =>
        shortestPaths(
          db,
          parseQuery(pathsQuerySchema, url(`/api/paths?from=${t.pathFrom}&to=${t.pathTo}`)),
        ),
    },
    {
      name: "paths (directed, influence)",
      run: (db) =>
        shortestPaths(
          db,
          parseQuery(
            pathsQuerySchema,
            url(`/api/paths?from=${t.pathFrom}&to=${t.pathTo}&directed=true&families=influence`),
          ),
        ),
    },
    {
      name: "analysis graph",
      run: (db) => loadSignedGraph(db).catch((error: unknown) => error),
      scanBecause: "the in-process analyses read the whole graph, up to their size limit",
    },
    { name: "history (global feed)", run: (db) => listHistory(db, { offset: 0, limit: 50 }) },
    { name: "audit (first page)", run: (db) => listAudit(db, { offset: 0, limit: 50 }) },
    { name: "health", run: (db) => checkNeo4j(db) },
    { name: "console schema names", run: (db) => graphSchemaInfo(db) },
    {
      name: "graph counts",
      run: (db) => countGraph(db),
      scanBecause: "counts come from the count store (no rows are read)",
    },
  ];
}
