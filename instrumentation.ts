/**
 * Runs once when the server starts: the configured accounts become User nodes in Neo4j (the
 * migration path, docs/admin-console.md) and, with no admin at all, the first start prints a
 * one-time setup link to the terminal (never to a page or an HTTP answer).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ parseEnv }, { getDb }, { ensureSchema }, setup] = await Promise.all([
    import("@/lib/config/env"),
    import("@/lib/db/driver"),
    import("@/lib/graph/schema"),
    import("@/lib/auth/setup-invitation"),
  ]);
  try {
    const env = parseEnv();
    const db = getDb();
    // The setup invitation's MERGE needs its uniqueness constraint to create one across instances.
    if (!env.ATLAS_ADMIN_PASSWORD) await ensureSchema(db);
    const message = setup.firstStartMessage(await setup.prepareFirstStart(db, env));
    if (message) console.log(message);
  } catch (error) {
    // With the database down the app still starts: configured accounts are created at their first
    // sign-in, and `npm run users:setup-link` issues a setup link later.
    console.error(
      "Accounts could not be prepared at start (is Neo4j up?):",
      error instanceof Error ? error.message : error,
    );
  }
}
