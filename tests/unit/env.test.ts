import { ConfigError, neo4jConnection, parseEnv } from "@/lib/config/env";

describe("configuration", () => {
  it("defaults to the local Neo4j when NEO4J_URI is not set", () => {
    const connection = neo4jConnection(parseEnv({ NEO4J_PASSWORD: "secret-pass" }));
    expect(connection).toEqual({
      uri: "bolt://127.0.0.1:7687",
      user: "neo4j",
      password: "secret-pass",
      database: "neo4j",
      local: true,
    });
  });

  it("uses NEO4J_URI, user and database when given", () => {
    const env = parseEnv({
      NEO4J_URI: "neo4j+s://abc.databases.neo4j.io",
      NEO4J_USER: "reader",
      NEO4J_PASSWORD: "secret-pass",
      NEO4J_DATABASE: "atlas",
    });
    expect(neo4jConnection(env)).toMatchObject({
      uri: "neo4j+s://abc.databases.neo4j.io",
      user: "reader",
      database: "atlas",
      local: false,
    });
  });

  it.each([
    [{ NEO4J_URI: "http://localhost:7474" }, /NEO4J_URI: must be a bolt:\/\/ or neo4j:\/\/ URI/],
    [{ NEO4J_BOLT_PORT: "70000" }, /NEO4J_BOLT_PORT/],
    [{ NEO4J_HEAP_MAX: "lots" }, /NEO4J_HEAP_MAX: must be a JVM size/],
    [{ PORT: "abc" }, /PORT/],
  ])("rejects %j naming the variable", (env, message) => {
    expect(() => parseEnv(env)).toThrow(ConfigError);
    expect(() => parseEnv(env)).toThrow(message);
  });

  it("asks for a password when none is configured", () => {
    expect(() => neo4jConnection(parseEnv({}))).toThrow(/NEO4J_PASSWORD is not set/);
  });
});
