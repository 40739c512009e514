export interface ExampleQuery {
  name: string;
  query: string;
  params: Record<string, unknown>;
}

/** Starting points for analysts, written for this graph's schema (lib/seed/write.ts). */
export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    name: "Who is hostile to the United States",
    query: `MATCH (a:Actor)-[h:HOSTILE_TO]->(us:Actor {id: $target})
RETURN a, h, us
ORDER BY h.weight DESC`,
    params: { target: "united-states" },
  },
  {
    name: "Paths from Iran to US forces",
    query: `MATCH p = (iran:Actor {id: $from})-[:INFLUENCES|HOSTILE_TO*1..3]->(us:Actor {id: $to})
RETURN p
LIMIT 25`,
    params: { from: "iran", to: "us-forces-in-iraq" },
  },
  {
    name: "The passages citing an actor",
    query: `MATCH (p:Passage)-[:MENTIONS]->(a:Actor {id: $actor})
MATCH (p)-[:PART_OF]->(d:Document)
RETURN d.title AS document, p.start AS offset, p.text AS passage
ORDER BY offset`,
    params: { actor: "iran" },
  },
  {
    name: "The most connected actors",
    query: `MATCH (a:Actor)
RETURN a.name AS actor, a.kind AS kind,
       COUNT { (a)-[:INFLUENCES|HOSTILE_TO|MEMBER_OF]-() } AS connections
ORDER BY connections DESC, actor
LIMIT 10`,
    params: {},
  },
];
