import { describeDbError } from "@/lib/db/health";

// Messages as neo4j-driver writes them: a public 503 says what failed, never where.
const CASES = [
  [
    "Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver. Note that the default encryption setting has changed in Neo4j 4.0. Caused by: connect ECONNREFUSED 127.0.0.1:7687",
    "Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver. Note that the default encryption setting has changed in Neo4j 4.0. Caused by: connect ECONNREFUSED [address]",
  ],
  ["connect ECONNREFUSED [::1]:7687", "connect ECONNREFUSED [address]"],
  ["getaddrinfo ENOTFOUND db.internal.example:7687", "getaddrinfo ENOTFOUND [address]"],
  [
    "Could not perform discovery. No routing servers available. Known routing table: RoutingTable[database=neo4j, routers=[neo4j-core-1.cluster.local:7687]]",
    "Could not perform discovery. No routing servers available. Known routing table: RoutingTable[database=neo4j, routers=[[address]]]",
  ],
  ["Cannot reach neo4j+s://abc123.databases.neo4j.io now", "Cannot reach [address] now"],
  [
    "The client is unauthorized due to authentication failure.",
    "The client is unauthorized due to authentication failure.",
  ],
  ["no answer within 4000 ms", "no answer within 4000 ms"],
] as const;

describe("describeDbError", () => {
  it.each(CASES)("%s", (message, expected) => {
    expect(describeDbError(new Error(message))).toBe(expected);
  });
  it("keeps the first line only", () => {
    expect(describeDbError(new Error("first at 10.0.0.5:7687\nsecond"))).toBe("first at [address]");
  });
});
