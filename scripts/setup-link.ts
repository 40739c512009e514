import { reissueSetupLink } from "@/lib/auth/setup-invitation";
import { ensureSchema } from "@/lib/graph/schema";
import { loadEnv } from "@/scripts/lib/load-env";
import { openScriptDb } from "@/scripts/lib/script-db";

/**
 * `npm run users:setup-link [-- --force]`: a fresh one-time link to create the first admin, for
 * when the start's terminal output was lost or its link expired. It replaces the setup invitation
 * (the old link stops working). While an admin exists it refuses, unless --force.
 */
async function main(args: string[]): Promise<void> {
  const env = loadEnv();
  const db = openScriptDb(env);
  try {
    await ensureSchema(db);
    const outcome = await reissueSetupLink(db, env, { force: args.includes("--force") });
    if ("refused" in outcome) {
      console.error(
        "There is an admin account already: invite further users from /admin (Users). To issue a setup link anyway, run `npm run users:setup-link -- --force`.",
      );
      process.exitCode = 1;
      return;
    }
    console.log(
      `Open ${outcome.link} to create the first admin account (valid until ${new Date(outcome.expiresAt).toISOString()}).\nThe link works once and is not shown again.`,
    );
  } finally {
    await db.driver.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
