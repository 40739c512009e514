/**
 * Runs once when the server starts: generated admin-console passwords are printed here, once, and
 * the configured accounts become User nodes in Neo4j (the migration path, docs/admin-console.md).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getAccounts } = await import("@/lib/auth/accounts");
  try {
    await getAccounts();
  } catch (error) {
    console.error("Admin console accounts could not be prepared:", error);
    return;
  }
  const [{ ensureConfiguredUsers }, { getDb }] = await Promise.all([
    import("@/lib/auth/users"),
    import("@/lib/db/driver"),
  ]);
  // With the database down the app still starts: the accounts are created at their first sign-in.
  await ensureConfiguredUsers(getDb()).catch(() => undefined);
}
