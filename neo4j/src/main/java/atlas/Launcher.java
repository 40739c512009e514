package atlas;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded, with its Bolt connector on and authentication enforced.
 *
 * <p>Configured from the environment by neo4j/local-neo4j.ts: ATLAS_NEO4J_HOME (data and logs),
 * ATLAS_NEO4J_BOLT_PORT, NEO4J_USER, NEO4J_PASSWORD, ATLAS_NEO4J_PAGECACHE (MiB),
 * ATLAS_NEO4J_TX_TIMEOUT (seconds), ATLAS_NEO4J_TX_MEMORY_MB (per-transaction memory cap),
 * ATLAS_NEO4J_PROCEDURES (procedure allow-list, comma-separated), ATLAS_NEO4J_PARENT_PID (exit when that process ends). Heap size
 * is set on the JVM command line.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws InterruptedException {
    Path home = Path.of(require("ATLAS_NEO4J_HOME")).toAbsolutePath();
    int port = Integer.parseInt(env("ATLAS_NEO4J_BOLT_PORT", "7687"));
    String user = env("NEO4J_USER", "neo4j");
    String password = require("NEO4J_PASSWORD");
    long pageCacheMiB = Long.parseLong(env("ATLAS_NEO4J_PAGECACHE", "128"));
    long txTimeoutSeconds = Long.parseLong(env("ATLAS_NEO4J_TX_TIMEOUT", "60"));
    long txMemoryMiB = Long.parseLong(env("ATLAS_NEO4J_TX_MEMORY_MB", "256"));
    List<String> procedures =
        List.of(env("ATLAS_NEO4J_PROCEDURES", "db.*,dbms.components").split(","));

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
            // Analysts' queries run here: no unbounded transaction, no reading local files.
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMemoryMiB))
            // Only these procedures load at all; the admin console has its own, narrower list.
            .setConfig(GraphDatabaseSettings.procedure_allowlist, procedures)
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                }));

    ensureUser(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), user, password);
    exitWithParent(env("ATLAS_NEO4J_PARENT_PID", ""));
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  /** Embedded transactions bypass auth, so the launcher can set the password Bolt clients must use. */
  private static void ensureUser(GraphDatabaseService system, String user, String password) {
    Map<String, Object> params = Map.of("user", user, "password", password);
    system.executeTransactionally(
        "CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
    try {
      system.executeTransactionally(
          "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to the one already set; that is the steady state.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }
  }

  /** Throwaway test databases must not outlive the test run that started them, however it ends. */
  private static void exitWithParent(String parentPid) {
    if (parentPid.isEmpty()) {
      return;
    }
    ProcessHandle.of(Long.parseLong(parentPid))
        .ifPresentOrElse(
            parent -> parent.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String require(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      System.err.println("Launcher: environment variable " + name + " is required");
      System.exit(2);
    }
    return value;
  }
}
