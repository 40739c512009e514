import { buildLauncher, javaEnvironment, LocalNeo4jError } from "@/neo4j/local-neo4j";

describe("the local Neo4j launcher", () => {
  const javaHome = process.env.JAVA_HOME;
  afterEach(() => {
    if (javaHome === undefined) delete process.env.JAVA_HOME;
    else process.env.JAVA_HOME = javaHome;
  });

  it("says in one line what to install when Java is missing", () => {
    process.env.JAVA_HOME = "/nonexistent-jdk";
    expect(() => buildLauncher(() => {})).toThrow(LocalNeo4jError);
    expect(() => buildLauncher(() => {})).toThrow(
      /^Java 17 or newer is needed to run the local Neo4j: install a JDK[^\n]*$/,
    );
  });

  it("gives a classpath holding the launcher and Neo4j's Bolt connector when Java is present", () => {
    delete process.env.JAVA_HOME;
    const classpath = buildLauncher(() => {});
    expect(classpath).toContain("neo4j/target/classes");
    expect(classpath).toMatch(/neo4j-bolt-5\.26\.\d+\.jar/);
  });
});

describe("the Neo4j child's environment", () => {
  it("inherits only what Java needs, never the app's secrets", () => {
    const env = javaEnvironment({
      PATH: "/usr/bin",
      JAVA_HOME: "/opt/jdk",
      ATLAS_ANALYST_PASSWORD: "analyst-password-123",
      ATLAS_ADMIN_PASSWORD: "admin-password-123",
      NEO4J_PASSWORD: "from-the-parent",
    });
    expect(env).toEqual({ PATH: "/usr/bin", JAVA_HOME: "/opt/jdk" });
  });
});
