/** Runs once when the server starts: generated admin-console passwords are printed here, once. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getAccounts } = await import("@/lib/auth/accounts");
  try {
    await getAccounts();
  } catch (error) {
    console.error("Admin console accounts could not be prepared:", error);
  }
}
